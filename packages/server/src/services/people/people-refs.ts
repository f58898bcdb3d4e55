/** Small look-ups the people services share: names of people, roles and competences, in one query each. */
import { eq, inArray, sql } from "drizzle-orm";
import { DomainError, utcDay, type CompetenceRef, type OrgRoleRef, type PersonRef } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { competences, orgRoles, users } from "../../db/schema/index.js";

export type Issue = { path: string; message: string };

/** Refuses a request with the first problem as message and all of them as details (400). */
export function refuse(issues: Issue[]): void {
  if (issues.length === 0) return;
  throw new DomainError("VALIDATION_FAILED", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
}

/** Today's calendar day (UTC), the day competence and RACI states are computed for. */
export const today = () => utcDay();

export const personColumns = { id: users.id, name: users.name, isActive: users.isActive };
export const roleRefColumns = { id: orgRoles.id, key: orgRoles.key, name: orgRoles.name };
export const competenceRefColumns = {
  id: competences.id,
  key: competences.key,
  name: competences.name,
  aiLiteracy: competences.aiLiteracy,
};

export async function personRefs(db: DbOrTx, ids: readonly string[]): Promise<Map<string, PersonRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(personColumns)
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function roleRefs(db: DbOrTx, ids: readonly string[]): Promise<Map<string, OrgRoleRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(roleRefColumns)
    .from(orgRoles)
    .where(inArray(orgRoles.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Competences by id with what the rules need (validity) besides the reference. */
export async function competenceFacts(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, CompetenceRef & { validityMonths: number | null }>();
  const rows = await db
    .select({ ...competenceRefColumns, validityMonths: competences.validityMonths })
    .from(competences)
    .where(inArray(competences.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A person's reference or 404 (routes that name a person in their path). */
export async function loadPerson(db: DbOrTx, id: string): Promise<PersonRef> {
  const [row] = await db.select(personColumns).from(users).where(eq(users.id, id));
  if (!row) throw new DomainError("NOT_FOUND", `user ${id} not found`);
  return row;
}

/** A person named in a body must exist; `active` also refuses a deactivated account. */
export async function assertPerson(
  db: DbOrTx,
  id: string,
  path: string,
  { active }: { active: boolean },
): Promise<PersonRef> {
  const [row] = await db.select(personColumns).from(users).where(eq(users.id, id));
  if (!row) refuse([{ path, message: `unknown user ${id}` }]);
  if (active && !row!.isActive) refuse([{ path, message: `${row!.name}'s account is deactivated` }]);
  return row!;
}

/** Every id must be a user (and active): one query, each failure names `path.<i>`. */
export async function assertPeople(db: DbOrTx, ids: readonly string[], path: string): Promise<void> {
  const found = await personRefs(db, ids);
  refuse(
    ids.flatMap((id, i) => {
      const p = found.get(id);
      if (!p) return [{ path: `${path}.${i}`, message: `unknown user ${id}` }];
      return p.isActive ? [] : [{ path: `${path}.${i}`, message: `${p.name}'s account is deactivated` }];
    }),
  );
}

/** Case-insensitive equality of a name column, for "name already taken" checks. */
export const sameName = (column: typeof orgRoles.name | typeof competences.name, name: string) =>
  sql`lower(${column}) = lower(${name})`;
