/**
 * Roles and the permission matrix (the single source; the server enforces it, the web hides
 * what a role cannot do, and docs/permissions.md is rendered from it).
 */
export const ROLES = ["admin", "manager", "contributor", "auditor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Administers the installation: users, business units, settings; everything a manager can do.",
  manager: "Runs the AIMS: creates, edits and approves across all business units.",
  contributor: "Creates and edits records in the business units granted (all when none is set).",
  auditor: "Reads everything, including the audit trail; changes nothing.",
  viewer: "Reads records in the business units granted (all when none is set).",
};

/** Permissions are `<area>:<action>`; routes name exactly one. */
export const PERMISSIONS = {
  "users:read": "List and read user accounts",
  "users:write": "Create users, change roles, deactivate",
  "business-units:read": "List and read business units",
  "business-units:write": "Create and edit business units",
  "audit:read": "Read and verify the audit trail",
  "jobs:read": "Read background job status",
  "records:read": "Read AIMS records (inventory, risks, assessments, ...)",
  "records:write": "Create and edit AIMS records",
  "records:approve": "Approve AIMS records",
  "catalogs:write": "Import and replace custom frameworks and crosswalks",
  "intake:submit": "Submit a request for a new AI use case",
} as const;
export type Permission = keyof typeof PERMISSIONS;

/**
 * Route-level access that is not a role permission. `vendor-link` routes are the vendor portal's:
 * only a questionnaire link token opens them, and no user credential does (ISO/IEC 42001 A.10.3).
 */
export type RouteAccess = Permission | "public" | "authenticated" | "vendor-link";

const everything = Object.keys(PERMISSIONS) as Permission[];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: everything,
  manager: everything.filter((p) => p !== "users:write" && p !== "business-units:write"),
  contributor: ["users:read", "business-units:read", "records:read", "records:write", "intake:submit"],
  auditor: ["users:read", "business-units:read", "audit:read", "jobs:read", "records:read"],
  viewer: ["business-units:read", "records:read", "intake:submit"],
};

/** Whether a role holds a permission. */
export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Whether a role may call a route that declares `access`. */
export function canAccess(role: Role | null, access: RouteAccess): boolean {
  if (access === "public") return true;
  if (role === null || access === "vendor-link") return false;
  if (access === "authenticated") return true;
  return roleHas(role, access);
}

/** Roles whose grants may be limited to some business units (the others always see all). */
export const SCOPABLE_ROLES: readonly Role[] = ["contributor", "viewer"];

/**
 * Whether a user may act on a record of business unit `unitId`.
 * An empty grant list on a scopable role means "all units".
 */
export function canActInBusinessUnit(
  user: { role: Role; businessUnitIds: readonly string[] },
  unitId: string | null,
): boolean {
  if (!SCOPABLE_ROLES.includes(user.role) || user.businessUnitIds.length === 0) return true;
  return unitId !== null && user.businessUnitIds.includes(unitId);
}
