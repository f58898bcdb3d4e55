import { PERMISSIONS, ROLES, ROLE_DESCRIPTIONS, roleHas, type Permission } from "./matrix.js";

/** The permission matrix as a Markdown document (docs/permissions.md is generated from this). */
export function renderPermissionMatrix(): string {
  const lines = [
    "# Roles and permissions",
    "",
    "Generated from `packages/core/src/permissions/matrix.ts` by `npm run docs:permissions`; do not edit by hand.",
    "",
    "| Role | Description |",
    "| --- | --- |",
    ...ROLES.map((r) => `| ${r} | ${ROLE_DESCRIPTIONS[r]} |`),
    "",
    `| Permission | Meaning | ${ROLES.join(" | ")} |`,
    `| --- | --- | ${ROLES.map(() => ":-:").join(" | ")} |`,
    ...(Object.keys(PERMISSIONS) as Permission[]).map(
      (p) =>
        `| \`${p}\` | ${PERMISSIONS[p]} | ${ROLES.map((r) => (roleHas(r, p) ? "yes" : "—")).join(" | ")} |`,
    ),
    "",
    "Routes marked `public` need no credentials (health, login, setup, API docs); `authenticated` routes",
    "(your own profile, password and tokens) are open to every signed-in role.",
    "Routes marked `vendor-link` form the vendor portal: only a questionnaire link token (header `x-vendor-link`)",
    "opens them, for that one questionnaire; no user session or API token does.",
    "Contributor and viewer grants can be limited to some business units; an empty list means all units.",
    "",
  ];
  return lines.join("\n");
}
