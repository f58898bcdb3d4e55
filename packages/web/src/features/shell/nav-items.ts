/**
 * The areas of the AIMS in the navigation, what each will hold, and who may see it. Access is
 * decided from the permissions the server returned in `Me` (the server enforces them anyway).
 */
import type { Permission, RouteAccess } from "@openaims/core";

export type NavItem = {
  label: string;
  path: string;
  access: RouteAccess;
  /** One sentence: what the area is for. */
  summary: string;
  /** What it will hold, shown on its "coming in a later release" panel until it is built. */
  holds: readonly string[];
  /** Where the standard asks for it. */
  clauses?: string;
  /** Other path prefixes that belong to the area (intake requests belong to Inventory). */
  aliases?: readonly string[];
};

export const NAV_ITEMS: readonly NavItem[] = [
  {
    label: "Dashboard",
    path: "/",
    access: "authenticated",
    summary: "The state of your AI Management System at a glance.",
    holds: [
      "AI systems by lifecycle stage and business unit",
      "Open risks and treatments past their due date",
      "Assessments and reviews waiting for approval",
    ],
  },
  {
    label: "Context",
    path: "/context",
    access: "records:read",
    summary: "The organization's context and the scope of the AIMS.",
    holds: [
      "Internal and external issues, interested parties and their requirements",
      "The scope statement of the AIMS",
      "The AI policy and AI objectives with their owners",
    ],
    clauses: "ISO/IEC 42001 clauses 4, 5.2 and 6.2",
  },
  {
    label: "Governance",
    path: "/governance",
    access: "records:read",
    summary: "Policies and documents, who does what, competence, and concerns raised.",
    holds: [
      "Policies and procedures with versions, approvals, review dates and acknowledgements",
      "Roles and a RACI matrix of AIMS processes and AI systems",
      "Competence requirements, training records and gaps",
      "Concerns raised by anyone, triaged by managers",
    ],
    clauses: "ISO/IEC 42001 5.2, 5.3, 7.2, 7.3, 7.5, A.2, A.3, A.4.6",
  },
  {
    label: "Inventory",
    path: "/inventory",
    access: "records:read",
    summary: "Every AI system the organization develops, provides or uses.",
    holds: [
      "AI systems with their models, datasets, vendors and owners",
      "Intake requests that screen a use case and set its risk tier",
      "Lifecycle stage and business unit of each system",
    ],
    clauses: "ISO/IEC 42001 A.4, A.6",
    aliases: ["/intake"],
  },
  {
    label: "Risks",
    path: "/risks",
    access: "records:read",
    summary: "The AI risk register.",
    holds: [
      "Risks scored on the organization's risk matrix",
      "Treatment plans, owners and due dates",
      "Residual risk and acceptance decisions",
    ],
    clauses: "ISO/IEC 42001 6.1.2, 6.1.3, 8.2, 8.3",
  },
  {
    label: "Assessments",
    path: "/assessments",
    access: "records:read",
    summary: "Impact and applicability assessments of AI systems.",
    holds: [
      "AI system impact assessments (ISO/IEC 42005) with approvals",
      "EU AI Act fundamental-rights impact assessments (Art. 27)",
      "Colorado deployer impact assessments, pre-filled from the AI system impact assessment",
    ],
    clauses: "ISO/IEC 42001 6.1.4, 8.4; EU AI Act Art. 27",
  },
  {
    label: "Controls",
    path: "/controls",
    access: "records:read",
    summary: "The controls you apply and the evidence that they work.",
    holds: [
      "Your control library, linked to the requirements each control satisfies",
      "A starter library of AI controls to adopt",
      "The Statement of Applicability with justifications",
      "Evidence with an effective date and an expiry",
    ],
    clauses: "ISO/IEC 42001 6.1.3 d, Annex A",
  },
  {
    label: "Frameworks",
    path: "/frameworks",
    access: "records:read",
    summary: "Framework catalogs and the crosswalks between them.",
    holds: [
      "ISO/IEC 42001, NIST AI RMF, EU AI Act and more, as versioned catalogs",
      "Typed crosswalks, so one assessment counts for several frameworks",
      "Coverage of each framework by your controls",
    ],
  },
  {
    label: "Vendors",
    path: "/vendors",
    access: "records:read",
    summary: "Third parties that supply AI systems, models or data.",
    holds: [
      "Vendor records linked to the AI systems they supply",
      "Questionnaires vendors answer through a link, with scoring and reminders",
    ],
    clauses: "ISO/IEC 42001 A.10",
  },
  {
    label: "Monitoring",
    path: "/monitoring",
    access: "records:read",
    summary: "How AI systems behave once they are in use.",
    holds: [
      "Metrics pushed from ML pipelines, with thresholds",
      "Alerts when an approved system drifts from what was approved",
      "AI incidents and their follow-up",
    ],
    clauses: "ISO/IEC 42001 9.1, A.6.2.6",
  },
  {
    label: "Audits",
    path: "/audits",
    access: "records:read",
    summary: "Internal audits, nonconformities and the audit trail.",
    holds: [
      "Internal audit programme and audit reports",
      "Nonconformities with corrective actions",
      "Management reviews and their decisions",
    ],
    clauses: "ISO/IEC 42001 9.2, 9.3, 10.2",
  },
  {
    label: "Reports",
    path: "/reports",
    access: "records:read",
    summary: "Documents to share with management, auditors and regulators.",
    holds: [
      "Statement of Applicability, risk register and assessment exports",
      "Word, Excel and PDF output with the content, not empty templates",
    ],
  },
  {
    label: "Settings",
    path: "/settings",
    access: "authenticated",
    summary: "Users, business units and your own account.",
    holds: [],
  },
];

export type TabItem = { label: string; path: string; access: RouteAccess };

export const SETTINGS_TABS: readonly TabItem[] = [
  { label: "Users", path: "/settings/users", access: "users:read" },
  { label: "Business units", path: "/settings/business-units", access: "business-units:read" },
  { label: "My account", path: "/settings/account", access: "authenticated" },
];

export const FRAMEWORKS_TABS: readonly TabItem[] = [
  { label: "Catalogs", path: "/frameworks/catalogs", access: "records:read" },
  { label: "Crosswalks", path: "/frameworks/crosswalks", access: "records:read" },
  { label: "Coverage", path: "/frameworks/coverage", access: "records:read" },
];

export const CONTROLS_TABS: readonly TabItem[] = [
  { label: "Control library", path: "/controls/library", access: "records:read" },
  { label: "Starter library", path: "/controls/starter", access: "records:read" },
  { label: "Statement of Applicability", path: "/controls/soa", access: "records:read" },
  { label: "Evidence", path: "/controls/evidence", access: "records:read" },
];

export const GOVERNANCE_TABS: readonly TabItem[] = [
  { label: "Documents", path: "/governance/documents", access: "records:read" },
  { label: "Acknowledgements", path: "/governance/acknowledgements", access: "authenticated" },
  { label: "Roles and RACI", path: "/governance/raci", access: "records:read" },
  { label: "Competence", path: "/governance/competence", access: "records:read" },
  { label: "Concerns", path: "/governance/concerns", access: "authenticated" },
];

export const CONTEXT_TABS: readonly TabItem[] = [
  { label: "Issues", path: "/context/issues", access: "records:read" },
  { label: "Interested parties", path: "/context/parties", access: "records:read" },
  { label: "AIMS profile", path: "/context/profile", access: "records:read" },
  { label: "Objectives", path: "/context/objectives", access: "records:read" },
  { label: "Scope", path: "/context/scope", access: "records:read" },
];

export const INVENTORY_TABS: readonly TabItem[] = [
  { label: "AI systems", path: "/inventory/systems", access: "records:read" },
  { label: "Intake requests", path: "/intake", access: "records:read" },
  { label: "Import and export", path: "/inventory/import-export", access: "records:read" },
];

export const VENDORS_TABS: readonly TabItem[] = [
  { label: "Vendors", path: "/vendors/list", access: "records:read" },
  { label: "Questionnaires", path: "/vendors/questionnaires", access: "records:read" },
  { label: "Sent questionnaires", path: "/vendors/campaigns", access: "records:read" },
  { label: "Compare scores", path: "/vendors/compare", access: "records:read" },
];

export const AUDITS_TABS: readonly TabItem[] = [
  { label: "Audit trail", path: "/audits/trail", access: "audit:read" },
  { label: "Internal audits", path: "/audits/internal", access: "records:read" },
];

/** Whether someone holding `permissions` may see something that needs `access`. */
export function isVisible(access: RouteAccess, permissions: readonly Permission[]): boolean {
  if (access === "public" || access === "authenticated") return true;
  if (access === "vendor-link") return false; // the vendor portal is not part of the signed-in app
  return permissions.includes(access);
}

/** The items of a menu that `permissions` allow. */
export function visibleItems<T extends { access: RouteAccess }>(
  items: readonly T[],
  permissions: readonly Permission[],
): T[] {
  return items.filter((item) => isVisible(item.access, permissions));
}

/** The nav item a path belongs to ("/settings/users" → Settings; "/" only for "/"). */
export function activeNavItem(pathname: string, items: readonly NavItem[] = NAV_ITEMS): NavItem | undefined {
  const under = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  return items.find((item) =>
    item.path === "/" ? pathname === "/" : under(item.path) || (item.aliases ?? []).some(under),
  );
}

/** The nav item of a path, for pages that describe their area. */
export function navItemAt(path: string): NavItem {
  const item = NAV_ITEMS.find((i) => i.path === path);
  if (!item) throw new Error(`no navigation item at ${path}`);
  return item;
}
