/**
 * The RACI matrix (ISO/IEC 42001 5.3, A.3.2): AIMS processes (organization-wide) and AI systems
 * (scoped by business unit) against the roles and people assigned to them.
 */
import { and, asc, count, eq, ilike, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import {
  AIMS_PROCESSES,
  aimsProcess,
  matchingProcesses,
  raciWarnings,
  sortResponsibilities,
  Uuid,
  type PersonRaci,
  type PersonRaciQuery,
  type RaciAssigneeFacts,
  type RaciAssignment,
  type RaciColumn,
  type RaciMatrix,
  type RaciMatrixQuery,
  type RaciRow,
  type RaciSubjectType,
  type Responsibility,
  type SetRaciCell,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import {
  aiSystemKeyNumber,
  aiSystems,
  orgRoleMembers,
  orgRoles,
  raciAssignments,
  users,
} from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { aiSystemVisibility } from "../ai-systems/ai-systems-service.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { likePattern } from "../shared/search.js";
import { loadPerson, personRefs, refuse, roleRefColumns } from "./people-refs.js";

type Subject = Omit<RaciRow, "cells" | "warnings">;

const processSubject = (code: string): Subject => {
  const p = aimsProcess(code)!;
  return { subjectType: "process", subjectId: p.code, label: p.ref, name: p.name, businessUnitId: null };
};
const systemSubject = (s: {
  id: string;
  key: string;
  name: string;
  businessUnitId: string | null;
}): Subject => ({
  subjectType: "ai_system",
  subjectId: s.id,
  label: s.key,
  name: s.name,
  businessUnitId: s.businessUnitId,
});
const subjectKey = (s: { subjectType: string; subjectId: string }) => `${s.subjectType}:${s.subjectId}`;
const assigneeKey = (a: { assigneeType: string; assigneeId: string }) => `${a.assigneeType}:${a.assigneeId}`;

/** Roles with how many active people hold them: every role (by name, at most 200) or those named. */
async function roleColumns(db: DbOrTx, ids?: readonly string[]): Promise<RaciColumn[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select({ ...roleRefColumns, members: count(users.id) })
    .from(orgRoles)
    .leftJoin(orgRoleMembers, eq(orgRoleMembers.roleId, orgRoles.id))
    .leftJoin(users, and(eq(users.id, orgRoleMembers.userId), eq(users.isActive, true)))
    .where(ids ? inArray(orgRoles.id, [...ids]) : undefined)
    .groupBy(orgRoles.id)
    .orderBy(asc(orgRoles.name))
    .limit(200);
  return rows.map((r) => ({
    assigneeType: "org_role",
    assigneeId: r.id,
    name: r.name,
    key: r.key,
    isActive: true,
    memberCount: r.members,
  }));
}

async function personColumns(db: DbOrTx, ids: readonly string[]): Promise<RaciColumn[]> {
  const people = [...(await personRefs(db, ids)).values()].sort((a, b) => a.name.localeCompare(b.name));
  return people.map((p) => ({
    assigneeType: "user",
    assigneeId: p.id,
    name: p.name,
    key: null,
    isActive: p.isActive,
    memberCount: null,
  }));
}

/** The cells and warnings of some rows, and the columns (assignees) they use: four queries at most. */
async function rowsOf(db: DbOrTx, subjects: readonly Subject[], allRoles: boolean) {
  const codes = subjects.filter((s) => s.subjectType === "process").map((s) => s.subjectId);
  const systemIds = subjects.filter((s) => s.subjectType === "ai_system").map((s) => s.subjectId);
  const bySubject = [
    codes.length
      ? and(eq(raciAssignments.subjectType, "process"), inArray(raciAssignments.subjectId, codes))
      : undefined,
    systemIds.length
      ? and(eq(raciAssignments.subjectType, "ai_system"), inArray(raciAssignments.subjectId, systemIds))
      : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const assignments = bySubject.length
    ? await db
        .select()
        .from(raciAssignments)
        .where(or(...bySubject))
        .orderBy(
          sql`position(${raciAssignments.responsibility} in 'RACI')`,
          raciAssignments.assigneeType,
          raciAssignments.assigneeId,
        )
    : [];
  const roleIds = [
    ...new Set(assignments.filter((a) => a.assigneeType === "org_role").map((a) => a.assigneeId)),
  ];
  const userIds = [...new Set(assignments.filter((a) => a.assigneeType === "user").map((a) => a.assigneeId))];
  const roles = await roleColumns(db, allRoles ? undefined : roleIds);
  const missingRoles = roleIds.filter((id) => !roles.some((r) => r.assigneeId === id));
  const columns = [...roles, ...(await roleColumns(db, missingRoles)), ...(await personColumns(db, userIds))];
  const facts = new Map<string, RaciAssigneeFacts>(
    columns.map((c) => [
      assigneeKey(c),
      { name: c.name, isActive: c.isActive, memberCount: c.memberCount ?? undefined },
    ]),
  );
  const rows: RaciRow[] = subjects.map((s) => {
    const cells = assignments
      .filter((a) => subjectKey(a) === subjectKey(s))
      .map((a) => ({
        assigneeType: a.assigneeType as RaciAssignment["assigneeType"],
        assigneeId: a.assigneeId,
        responsibility: a.responsibility as Responsibility,
      }));
    return { ...s, cells, warnings: raciWarnings(cells, (a) => facts.get(assigneeKey(a))) };
  });
  return { rows, columns };
}

function systemFilter(actor: Actor, q: Pick<RaciMatrixQuery, "businessUnitId" | "q">): SQL | undefined {
  return and(
    aiSystemVisibility(actor),
    q.businessUnitId ? eq(aiSystems.businessUnitId, q.businessUnitId) : undefined,
    q.q ? or(ilike(aiSystems.name, likePattern(q.q)), ilike(aiSystems.key, likePattern(q.q))) : undefined,
  );
}
const systemColumns = {
  id: aiSystems.id,
  key: aiSystems.key,
  name: aiSystems.name,
  businessUnitId: aiSystems.businessUnitId,
};

/**
 * A page of the matrix: the processes first (catalog order), then the AI systems the reader may
 * see (by key); columns are every organization role plus the people assigned on the page.
 */
export async function getRaciMatrix(ctx: ServiceContext, q: RaciMatrixQuery): Promise<RaciMatrix> {
  const processes = q.subjectType === "ai_system" ? [] : matchingProcesses(q.q);
  const withSystems = q.subjectType !== "process";
  const processPage = processes.slice(q.offset, q.offset + q.limit);
  const systemLimit = q.limit - processPage.length;
  const where = systemFilter(ctx.actor, q);
  const systems =
    withSystems && systemLimit > 0
      ? await ctx.db
          .select(systemColumns)
          .from(aiSystems)
          .where(where)
          .orderBy(asc(aiSystemKeyNumber), asc(aiSystems.id))
          .limit(systemLimit)
          .offset(Math.max(0, q.offset - processes.length))
      : [];
  const [systemTotal] = withSystems
    ? await ctx.db.select({ n: count() }).from(aiSystems).where(where)
    : [{ n: 0 }];
  const subjects = [...processPage.map((p) => processSubject(p.code)), ...systems.map(systemSubject)];
  const { rows, columns } = await rowsOf(ctx.db, subjects, true);
  return { items: rows, total: processes.length + (systemTotal?.n ?? 0), columns };
}

/** The subject of a cell exists and the writer may change it; unknown subjects are a 400. */
async function resolveSubject(
  tx: Tx,
  actor: Actor,
  subjectType: RaciSubjectType,
  subjectId: string,
): Promise<Subject> {
  if (subjectType === "process") {
    if (!aimsProcess(subjectId))
      refuse([{ path: "subjectId", message: `unknown AIMS process "${subjectId}"` }]);
    return processSubject(subjectId);
  }
  const [system] = Uuid.safeParse(subjectId).success
    ? await tx
        .select(systemColumns)
        .from(aiSystems)
        .where(and(eq(aiSystems.id, subjectId), aiSystemVisibility(actor)))
    : [];
  if (!system) refuse([{ path: "subjectId", message: `unknown AI system ${subjectId}` }]);
  assertMayWriteUnit(actor, system!.businessUnitId);
  return systemSubject(system!);
}

/**
 * The assignee exists; a deactivated person cannot be given a responsibility (removing is fine).
 * The role is share-locked until commit: a role deleted meanwhile leaves no cell pointing at it.
 */
async function checkAssignee(tx: Tx, body: SetRaciCell, adding: boolean): Promise<string> {
  if (body.assigneeType === "org_role") {
    const [role] = await tx
      .select(roleRefColumns)
      .from(orgRoles)
      .where(eq(orgRoles.id, body.assigneeId))
      .for("share");
    if (!role) refuse([{ path: "assigneeId", message: `unknown role ${body.assigneeId}` }]);
    return `${role!.key} ${role!.name}`;
  }
  const [person] = await tx
    .select({ name: users.name, isActive: users.isActive })
    .from(users)
    .where(eq(users.id, body.assigneeId));
  if (!person) refuse([{ path: "assigneeId", message: `unknown user ${body.assigneeId}` }]);
  if (adding && !person!.isActive)
    refuse([{ path: "assigneeId", message: `${person!.name}'s account is deactivated` }]);
  return person!.name;
}

/**
 * Sets the letters one assignee holds for one subject (idempotent: sending the same set twice
 * changes nothing the second time). Returns the row with its warnings.
 */
export async function setRaciCell(ctx: ServiceContext, raw: SetRaciCell): Promise<RaciRow> {
  return ctx.db.transaction(async (tx) => {
    const subject = await resolveSubject(tx, ctx.actor, raw.subjectType, raw.subjectId);
    // The system's id as stored (a UUID sent in capitals names the same system).
    const body = { ...raw, subjectId: subject.subjectId };
    // One writer per cell at a time: two PUTs read the same letters and would each add theirs.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`raci:${body.subjectType}:${body.subjectId}:${body.assigneeType}:${body.assigneeId}`}))`,
    );
    const cell = and(
      eq(raciAssignments.subjectType, body.subjectType),
      eq(raciAssignments.subjectId, body.subjectId),
      eq(raciAssignments.assigneeType, body.assigneeType),
      eq(raciAssignments.assigneeId, body.assigneeId),
    );
    const current = (
      await tx.select({ r: raciAssignments.responsibility }).from(raciAssignments).where(cell).for("update")
    ).map((c) => c.r as Responsibility);
    const wanted = sortResponsibilities(body.responsibilities);
    const toAdd = wanted.filter((r) => !current.includes(r));
    const toRemove = current.filter((r) => !wanted.includes(r));
    const assignee = await checkAssignee(tx, body, toAdd.length > 0);
    if (toRemove.length)
      await tx.delete(raciAssignments).where(and(cell, inArray(raciAssignments.responsibility, toRemove)));
    if (toAdd.length)
      await tx
        .insert(raciAssignments)
        .values(toAdd.map((responsibility) => ({ ...body, responsibility })))
        .onConflictDoNothing();
    if (toAdd.length || toRemove.length)
      await recordAudit(tx, ctx, {
        action: "raci.cell_set",
        entityType: body.subjectType === "process" ? "aims_process" : "ai_system",
        entityId: body.subjectId,
        before: {
          assignee,
          assigneeType: body.assigneeType,
          assigneeId: body.assigneeId,
          letters: sortResponsibilities(current),
        },
        after: { assignee, assigneeType: body.assigneeType, assigneeId: body.assigneeId, letters: wanted },
      });
    return (await rowsOf(tx, [subject], false)).rows[0]!;
  });
}

const PROCESS_CODES = AIMS_PROCESSES.map((p) => p.code);

/** What one person is R, A, C or I for, directly or through the roles they hold (5.3). */
export async function getPersonRaci(
  ctx: ServiceContext,
  userId: string,
  q: PersonRaciQuery,
): Promise<PersonRaci> {
  const user = await loadPerson(ctx.db, userId);
  const roles = await ctx.db
    .select(roleRefColumns)
    .from(orgRoleMembers)
    .innerJoin(orgRoles, eq(orgRoles.id, orgRoleMembers.roleId))
    .where(eq(orgRoleMembers.userId, userId))
    .orderBy(asc(orgRoles.name));
  const roleIds = roles.map((r) => r.id);
  const assignee = or(
    and(eq(raciAssignments.assigneeType, "user"), eq(raciAssignments.assigneeId, userId)),
    roleIds.length
      ? and(eq(raciAssignments.assigneeType, "org_role"), inArray(raciAssignments.assigneeId, roleIds))
      : undefined,
  );
  const visible = or(
    and(eq(raciAssignments.subjectType, "process"), inArray(raciAssignments.subjectId, PROCESS_CODES)),
    and(isNotNull(aiSystems.id), aiSystemVisibility(ctx.actor)),
  );
  // raci_assignments.subject_id is text (a process code or a system id), hence the cast.
  const systemOfRow = and(
    eq(raciAssignments.subjectType, "ai_system"),
    sql`${aiSystems.id}::text = ${raciAssignments.subjectId}`,
  );
  const where = and(
    assignee,
    visible,
    q.responsibility ? eq(raciAssignments.responsibility, q.responsibility) : undefined,
  );
  const rows = await ctx.db
    .select({ a: raciAssignments, system: systemColumns })
    .from(raciAssignments)
    .leftJoin(aiSystems, systemOfRow)
    .where(where)
    .orderBy(
      sql`(${raciAssignments.subjectType} = 'ai_system')`,
      sql`array_position(string_to_array(${PROCESS_CODES.join(",")}, ','), ${raciAssignments.subjectId})`,
      aiSystemKeyNumber,
      sql`position(${raciAssignments.responsibility} in 'RACI')`,
      raciAssignments.assigneeType,
    )
    .limit(q.limit)
    .offset(q.offset);
  const grouped = await ctx.db
    .select({ r: raciAssignments.responsibility, n: count() })
    .from(raciAssignments)
    .leftJoin(aiSystems, systemOfRow)
    .where(and(assignee, visible))
    .groupBy(raciAssignments.responsibility);
  const counts = { R: 0, A: 0, C: 0, I: 0 };
  for (const g of grouped) counts[g.r as Responsibility] = g.n;
  const total = q.responsibility ? counts[q.responsibility] : counts.R + counts.A + counts.C + counts.I;
  const roleById = new Map(roles.map((r) => [r.id, r]));
  return {
    user,
    roles,
    total,
    counts,
    items: rows.map(({ a, system }) => {
      const subject =
        a.subjectType === "process" || !system ? processSubject(a.subjectId) : systemSubject(system);
      return {
        subjectType: subject.subjectType,
        subjectId: subject.subjectId,
        label: subject.label,
        name: subject.name,
        responsibility: a.responsibility as Responsibility,
        via:
          a.assigneeType === "user"
            ? { type: "direct" as const }
            : { type: "role" as const, role: roleById.get(a.assigneeId)! },
      };
    }),
  };
}
