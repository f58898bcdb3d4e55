/**
 * Rules of the RACI matrix (ISO/IEC 42001 5.3, A.3.2): for each AIMS process and AI system, who is
 * Responsible, Accountable, Consulted and Informed. Assignees are people or organization roles.
 */

export const RESPONSIBILITIES = ["R", "A", "C", "I"] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

export const RESPONSIBILITY_NAMES: Record<Responsibility, string> = {
  R: "Responsible",
  A: "Accountable",
  C: "Consulted",
  I: "Informed",
};

export const RACI_SUBJECT_TYPES = ["process", "ai_system"] as const;
export type RaciSubjectType = (typeof RACI_SUBJECT_TYPES)[number];

export const RACI_ASSIGNEE_TYPES = ["user", "org_role"] as const;
export type RaciAssigneeType = (typeof RACI_ASSIGNEE_TYPES)[number];

export type RaciAssignment = {
  assigneeType: RaciAssigneeType;
  assigneeId: string;
  responsibility: Responsibility;
};

/** What the warnings need to know of an assignee: its name, and for a role how many hold it. */
export type RaciAssigneeFacts = {
  name: string;
  /** People only: a deactivated account cannot carry a responsibility. */
  isActive?: boolean;
  /** Roles only. */
  memberCount?: number;
};

export const RACI_WARNING_CODES = [
  "no_accountable",
  "several_accountable",
  "no_responsible",
  "shared_accountability",
  "empty_role",
  "inactive_person",
] as const;
export type RaciWarningCode = (typeof RACI_WARNING_CODES)[number];
export type RaciWarning = { code: RaciWarningCode; message: string };

/** Letters in R, A, C, I order without repeats. */
export function sortResponsibilities(list: readonly Responsibility[]): Responsibility[] {
  return RESPONSIBILITIES.filter((r) => list.includes(r));
}

const key = (a: Pick<RaciAssignment, "assigneeType" | "assigneeId">) => `${a.assigneeType}:${a.assigneeId}`;

/**
 * What is wrong with one row of the matrix: exactly one party must be Accountable and at least one
 * Responsible (the usual RACI discipline behind 5.3's "assign responsibility and authority"); an
 * accountable or responsible role nobody holds, a role whose several members would share the
 * accountability, and a deactivated person in charge are flagged too.
 */
export function raciWarnings(
  assignments: readonly RaciAssignment[],
  factsOf: (a: Pick<RaciAssignment, "assigneeType" | "assigneeId">) => RaciAssigneeFacts | undefined,
): RaciWarning[] {
  const warnings: RaciWarning[] = [];
  const nameOf = (a: RaciAssignment) => factsOf(a)?.name ?? "an unknown assignee";
  const accountable = assignments.filter((a) => a.responsibility === "A");
  const responsible = assignments.filter((a) => a.responsibility === "R");
  if (accountable.length === 0) warnings.push({ code: "no_accountable", message: "no one is accountable" });
  if (accountable.length > 1)
    warnings.push({
      code: "several_accountable",
      message: `${accountable.length} are accountable (${accountable
        .map(nameOf)
        .sort((a, b) => a.localeCompare(b))
        .join(", ")}); there should be exactly one`,
    });
  if (responsible.length === 0) warnings.push({ code: "no_responsible", message: "no one is responsible" });

  const inCharge = new Map<string, RaciAssignment[]>();
  for (const a of [...accountable, ...responsible])
    inCharge.set(key(a), [...(inCharge.get(key(a)) ?? []), a]);
  for (const list of inCharge.values()) {
    const a = list[0]!;
    const facts = factsOf(a);
    const what = list.map((x) => (x.responsibility === "A" ? "accountable" : "responsible")).join(" and ");
    if (a.assigneeType === "org_role" && facts?.memberCount === 0)
      warnings.push({ code: "empty_role", message: `the role ${facts.name} is ${what} but no one holds it` });
    if (a.assigneeType === "user" && facts?.isActive === false)
      warnings.push({
        code: "inactive_person",
        message: `${facts.name} is ${what} but their account is deactivated`,
      });
  }
  for (const a of accountable) {
    const facts = factsOf(a);
    if (a.assigneeType === "org_role" && (facts?.memberCount ?? 0) > 1)
      warnings.push({
        code: "shared_accountability",
        message: `the accountable role ${facts!.name} has ${facts!.memberCount} members; accountability should rest with one person`,
      });
  }
  return warnings;
}

/** How a person comes to carry an assignment: directly, or through a role they hold. */
export type RaciRoute = { type: "direct" } | { type: "role"; roleId: string };

/**
 * A person's effective RACI: the assignments naming them and those naming a role they hold, each
 * with how it reaches them (5.3: people must know what they are responsible for).
 */
export function effectiveRaci<T extends RaciAssignment>(
  userId: string,
  roleIds: readonly string[],
  assignments: readonly T[],
): (T & { via: RaciRoute })[] {
  const roles = new Set(roleIds);
  return assignments.flatMap((a): (T & { via: RaciRoute })[] => {
    if (a.assigneeType === "user" && a.assigneeId === userId) return [{ ...a, via: { type: "direct" } }];
    if (a.assigneeType === "org_role" && roles.has(a.assigneeId))
      return [{ ...a, via: { type: "role", roleId: a.assigneeId } }];
    return [];
  });
}
