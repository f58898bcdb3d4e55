/**
 * The organization's AIMS roles (ISO/IEC 42001 5.3, A.3.2): who holds them and which competences
 * they require (7.2 a). Roles are organization-wide: no business-unit scoping applies.
 */
import { and, asc, count, desc, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import {
  CreateOrgRole,
  DomainError,
  type OrgRole,
  type OrgRoleListQuery,
  type Page,
  type SetRoleCompetences,
  type UpdateOrgRole,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import {
  competences,
  orgRoleMembers,
  orgRoles,
  raciAssignments,
  roleCompetences,
  users,
} from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import {
  assertPeople,
  assertPerson,
  competenceRefColumns,
  personColumns,
  refuse,
  sameName,
} from "./people-refs.js";

type Row = typeof orgRoles.$inferSelect;

/** Roles with their members and required competences: one query each for the whole page. */
async function toRoles(db: DbOrTx, rows: Row[]): Promise<OrgRole[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const members = await db
    .select({ roleId: orgRoleMembers.roleId, ...personColumns })
    .from(orgRoleMembers)
    .innerJoin(users, eq(users.id, orgRoleMembers.userId))
    .where(inArray(orgRoleMembers.roleId, ids))
    .orderBy(asc(users.name), asc(users.id));
  const required = await db
    .select({ roleId: roleCompetences.roleId, ...competenceRefColumns })
    .from(roleCompetences)
    .innerJoin(competences, eq(competences.id, roleCompetences.competenceId))
    .where(inArray(roleCompetences.roleId, ids))
    .orderBy(asc(competences.name));
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    description: r.description,
    members: members.filter((m) => m.roleId === r.id).map(({ roleId: _, ...p }) => p),
    competences: required.filter((c) => c.roleId === r.id).map(({ roleId: _, ...c }) => c),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  }));
}

export async function listOrgRoles(db: DbOrTx, q: OrgRoleListQuery): Promise<Page<OrgRole>> {
  const where: SQL | undefined = q.q
    ? or(ilike(orgRoles.name, likePattern(q.q)), ilike(orgRoles.key, likePattern(q.q)))
    : undefined;
  const direction = q.order === "desc" ? desc : asc;
  const order =
    q.sort === "key" ? direction(sql`split_part(${orgRoles.key}, '-', 2)::int`) : direction(orgRoles.name);
  const rows = await db
    .select()
    .from(orgRoles)
    .where(where)
    .orderBy(order, asc(orgRoles.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(orgRoles).where(where);
  return { items: await toRoles(db, rows), total: total?.n ?? 0 };
}

/** A role; `update` locks it for a change, `share` keeps it from being deleted until commit. */
async function loadRole(db: DbOrTx, id: string, lock?: "update" | "share"): Promise<Row> {
  const query = db.select().from(orgRoles).where(eq(orgRoles.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) throw new DomainError("NOT_FOUND", `role ${id} not found`);
  return row;
}

export async function getOrgRole(db: DbOrTx, id: string): Promise<OrgRole> {
  return (await toRoles(db, [await loadRole(db, id)]))[0]!;
}

/** Names are unique regardless of case; a clash is a 409 with the name in the message. */
async function assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const [clash] = await tx
    .select({ key: orgRoles.key })
    .from(orgRoles)
    .where(and(sameName(orgRoles.name, name), exceptId ? ne(orgRoles.id, exceptId) : undefined));
  if (clash)
    throw new DomainError("ALREADY_EXISTS", `a role named "${name}" already exists (${clash.key})`, {
      issues: [{ path: "name", message: "is already used by another role" }],
    });
}

/** Records an AIMS role, optionally with its first members. */
export async function createOrgRole(ctx: ServiceContext, raw: CreateOrgRole): Promise<OrgRole> {
  const input = CreateOrgRole.parse(raw);
  return ctx.db.transaction(async (tx) => {
    await assertNameFree(tx, input.name);
    await assertPeople(tx, input.memberIds, "memberIds");
    const key = await nextKey(tx, "orgRole");
    const [row] = await tx
      .insert(orgRoles)
      .values({ key, name: input.name, description: input.description })
      .returning();
    if (input.memberIds.length)
      await tx.insert(orgRoleMembers).values(input.memberIds.map((userId) => ({ roleId: row!.id, userId })));
    const role = (await toRoles(tx, [row!]))[0]!;
    await recordAudit(tx, ctx, {
      action: "org_role.created",
      entityType: "org_role",
      entityId: role.id,
      after: role,
    });
    return role;
  });
}

export async function updateOrgRole(ctx: ServiceContext, id: string, patch: UpdateOrgRole): Promise<OrgRole> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadRole(tx, id, "update");
    assertVersion(row, patch.version, `role ${row.key}`);
    const { version, ...fields } = patch;
    if (fields.name !== undefined) await assertNameFree(tx, fields.name, id);
    const before = (await toRoles(tx, [row]))[0]!;
    const [updated] = await tx
      .update(orgRoles)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(orgRoles.id, id))
      .returning();
    const after = (await toRoles(tx, [updated!]))[0]!;
    await recordAudit(tx, ctx, {
      action: "org_role.updated",
      entityType: "org_role",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Removes a role with its memberships, requirements and RACI assignments (all in the audit entry). */
export async function deleteOrgRole(ctx: ServiceContext, id: string, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadRole(tx, id, "update");
    assertVersion(row, version, `role ${row.key}`);
    const before = (await toRoles(tx, [row]))[0]!;
    const raci = await tx
      .delete(raciAssignments)
      .where(and(eq(raciAssignments.assigneeType, "org_role"), eq(raciAssignments.assigneeId, id)))
      .returning({
        subjectType: raciAssignments.subjectType,
        subjectId: raciAssignments.subjectId,
        responsibility: raciAssignments.responsibility,
      });
    await tx.delete(orgRoleMembers).where(eq(orgRoleMembers.roleId, id));
    await tx.delete(roleCompetences).where(eq(roleCompetences.roleId, id));
    await tx.delete(orgRoles).where(eq(orgRoles.id, id));
    await recordAudit(tx, ctx, {
      action: "org_role.deleted",
      entityType: "org_role",
      entityId: id,
      before: { ...before, raci },
    });
  });
}

/** Adds a person to a role; adding someone who already holds it changes nothing. */
export async function addOrgRoleMember(ctx: ServiceContext, id: string, userId: string): Promise<OrgRole> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadRole(tx, id, "share");
    const person = await assertPerson(tx, userId, "userId", { active: true });
    const added = await tx
      .insert(orgRoleMembers)
      .values({ roleId: id, userId })
      .onConflictDoNothing()
      .returning();
    if (added.length)
      await recordAudit(tx, ctx, {
        action: "org_role.member_added",
        entityType: "org_role",
        entityId: id,
        after: { role: row.key, user: person },
      });
    return (await toRoles(tx, [row]))[0]!;
  });
}

/** Takes a person off a role; removing someone who does not hold it changes nothing. */
export async function removeOrgRoleMember(ctx: ServiceContext, id: string, userId: string): Promise<OrgRole> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadRole(tx, id);
    const removed = await tx
      .delete(orgRoleMembers)
      .where(and(eq(orgRoleMembers.roleId, id), eq(orgRoleMembers.userId, userId)))
      .returning();
    if (removed.length)
      await recordAudit(tx, ctx, {
        action: "org_role.member_removed",
        entityType: "org_role",
        entityId: id,
        before: { role: row.key, userId },
      });
    return (await toRoles(tx, [row]))[0]!;
  });
}

/** Sets the competences a role requires (7.2 a); the role's version moves on. */
export async function setRoleCompetences(
  ctx: ServiceContext,
  id: string,
  body: SetRoleCompetences,
): Promise<OrgRole> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadRole(tx, id, "update");
    assertVersion(row, body.version, `role ${row.key}`);
    const wanted = body.competenceIds;
    const found = wanted.length
      ? await tx
          .select({ id: competences.id })
          .from(competences)
          .where(inArray(competences.id, wanted))
          .for("share") // none deleted before this commits
      : [];
    const known = new Set(found.map((f) => f.id));
    refuse(
      wanted.flatMap((cid, i) =>
        known.has(cid) ? [] : [{ path: `competenceIds.${i}`, message: `unknown competence ${cid}` }],
      ),
    );
    const before = (await toRoles(tx, [row]))[0]!;
    await tx.delete(roleCompetences).where(eq(roleCompetences.roleId, id));
    if (wanted.length)
      await tx.insert(roleCompetences).values(wanted.map((competenceId) => ({ roleId: id, competenceId })));
    const [updated] = await tx
      .update(orgRoles)
      .set({ version: row.version + 1, updatedAt: new Date() })
      .where(eq(orgRoles.id, id))
      .returning();
    const after = (await toRoles(tx, [updated!]))[0]!;
    await recordAudit(tx, ctx, {
      action: "org_role.competences_set",
      entityType: "org_role",
      entityId: id,
      before: before.competences.map((c) => c.key),
      after: after.competences.map((c) => c.key),
    });
    return after;
  });
}
