/**
 * Where people stand in the competences their roles require (ISO/IEC 42001 7.2 b–c: ensure
 * competence, act on gaps) and the AI-literacy share (EU AI Act Art. 4). The rules are core's;
 * this loads each page's data in a fixed number of queries.
 */
import { and, asc, count, eq, exists, ilike, inArray, sql, type SQL } from "drizzle-orm";
import {
  aiLiteracySummary,
  isGap,
  personCompetences,
  roleCompetenceGrid,
  statusCounts,
  type AiLiteracy,
  type AiLiteracyQuery,
  type CompetenceGapsQuery,
  type Page,
  type PersonGaps,
  type RoleCompetenceQuery,
  type RoleCompetenceSummary,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import {
  competences,
  orgRoleMembers,
  orgRoles,
  roleCompetences,
  trainingRecords,
  users,
} from "../../db/schema/index.js";
import { likePattern } from "../shared/search.js";
import {
  competenceFacts,
  competenceRefColumns,
  loadPerson,
  personColumns,
  personRefs,
  roleRefColumns,
  today,
} from "./people-refs.js";

const trainingColumns = {
  id: trainingRecords.id,
  userId: trainingRecords.userId,
  competenceId: trainingRecords.competenceId,
  completedOn: trainingRecords.completedOn,
  expiresOn: trainingRecords.expiresOn,
};

async function trainingOf(db: DbOrTx, userIds: readonly string[], competenceIds: readonly string[]) {
  if (userIds.length === 0 || competenceIds.length === 0) return [];
  return db
    .select(trainingColumns)
    .from(trainingRecords)
    .where(
      and(
        inArray(trainingRecords.userId, [...userIds]),
        inArray(trainingRecords.competenceId, [...competenceIds]),
      ),
    );
}

/** The people of a gaps page: one named person, or everyone holding a role (of `roleId`), by name. */
async function gapsPopulation(db: DbOrTx, q: CompetenceGapsQuery) {
  if (q.userId) return { people: [await loadPerson(db, q.userId)], total: 1 };
  const holdsRole = exists(
    db
      .select({ one: sql`1` })
      .from(orgRoleMembers)
      .where(
        and(eq(orgRoleMembers.userId, users.id), q.roleId ? eq(orgRoleMembers.roleId, q.roleId) : undefined),
      ),
  );
  const where = and(holdsRole, q.q ? ilike(users.name, likePattern(q.q)) : undefined);
  const people = await db
    .select(personColumns)
    .from(users)
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { people, total: total?.n ?? 0 };
}

/**
 * Per person: the competences the roles they hold require, with status met, expiring (within
 * 30 days), expired or missing.
 */
export async function getCompetenceGaps(db: DbOrTx, q: CompetenceGapsQuery): Promise<Page<PersonGaps>> {
  const { people, total } = await gapsPopulation(db, q);
  const userIds = people.map((p) => p.id);
  const memberships = userIds.length
    ? await db
        .select({ userId: orgRoleMembers.userId, ...roleRefColumns })
        .from(orgRoleMembers)
        .innerJoin(orgRoles, eq(orgRoles.id, orgRoleMembers.roleId))
        .where(inArray(orgRoleMembers.userId, userIds))
        .orderBy(asc(orgRoles.name))
    : [];
  const roleIds = [...new Set(memberships.map((m) => m.id))];
  const requirements = roleIds.length
    ? await db.select().from(roleCompetences).where(inArray(roleCompetences.roleId, roleIds))
    : [];
  const facts = await competenceFacts(
    db,
    requirements.map((r) => r.competenceId),
  );
  const records = await trainingOf(db, userIds, [...facts.keys()]);
  const recordsOf = new Map<string, typeof records>();
  for (const r of records) recordsOf.set(r.userId, [...(recordsOf.get(r.userId) ?? []), r]);
  const day = today();
  const items = people.map((user): PersonGaps => {
    const roles = memberships.filter((m) => m.userId === user.id).map(({ userId: _, ...r }) => r);
    const roleById = new Map(roles.map((r) => [r.id, r]));
    const list = personCompetences({
      roleIds: roles.map((r) => r.id),
      requirements,
      competences: facts,
      records: recordsOf.get(user.id) ?? [],
      today: day,
    })
      .map(({ competenceId, requiredBy, ...standing }) => {
        const { validityMonths: _, ...competence } = facts.get(competenceId)!;
        const requiring = requiredBy
          .map((id) => roleById.get(id)!)
          .sort((a, b) => a.name.localeCompare(b.name));
        return { competence, requiredBy: requiring, ...standing };
      })
      // Gaps first, then by name: what needs action leads.
      .sort(
        (a, b) =>
          Number(isGap(b.status)) - Number(isGap(a.status)) ||
          a.competence.name.localeCompare(b.competence.name),
      );
    return { user, roles, items: list, counts: statusCounts(list.map((i) => i.status)) };
  });
  return { items, total };
}

/** Per role: members × required competences with counts of each status. */
export async function getRoleCompetenceSummaries(
  db: DbOrTx,
  q: RoleCompetenceQuery,
): Promise<Page<RoleCompetenceSummary>> {
  const where: SQL | undefined = q.q ? ilike(orgRoles.name, likePattern(q.q)) : undefined;
  const roles = await db
    .select(roleRefColumns)
    .from(orgRoles)
    .where(where)
    .orderBy(asc(orgRoles.name), asc(orgRoles.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(orgRoles).where(where);
  const roleIds = roles.map((r) => r.id);
  const members = roleIds.length
    ? await db
        .select({ roleId: orgRoleMembers.roleId, ...personColumns })
        .from(orgRoleMembers)
        .innerJoin(users, eq(users.id, orgRoleMembers.userId))
        .where(inArray(orgRoleMembers.roleId, roleIds))
        .orderBy(asc(users.name))
    : [];
  const required = roleIds.length
    ? await db
        .select({
          roleId: roleCompetences.roleId,
          ...competenceRefColumns,
          validityMonths: competences.validityMonths,
        })
        .from(roleCompetences)
        .innerJoin(competences, eq(competences.id, roleCompetences.competenceId))
        .where(inArray(roleCompetences.roleId, roleIds))
        .orderBy(asc(competences.name))
    : [];
  const facts = new Map(required.map((c) => [c.id, c]));
  // A person in several roles of the page is asked for once.
  const records = await trainingOf(db, [...new Set(members.map((m) => m.id))], [...facts.keys()]);
  const day = today();
  const items = roles.map((role): RoleCompetenceSummary => {
    const own = members.filter((m) => m.roleId === role.id).map(({ roleId: _, ...p }) => p);
    const comps = required
      .filter((c) => c.roleId === role.id)
      .map(({ roleId: _r, validityMonths: _v, ...c }) => c);
    const grid = roleCompetenceGrid({
      memberIds: own.map((p) => p.id),
      competenceIds: comps.map((c) => c.id),
      competences: facts,
      records,
      today: day,
    });
    return {
      role,
      competences: comps,
      members: grid.members.map((m, i) => ({ user: own[i]!, statuses: m.statuses })),
      counts: grid.counts,
      membersComplete: grid.membersComplete,
    };
  });
  return { items, total: total?.n ?? 0 };
}

/**
 * EU AI Act Art. 4 summary over active people holding at least one AIMS role (default) or over all
 * active users: the share with current training in an AI-literacy competence, and a page of those
 * without it.
 */
export async function getAiLiteracy(db: DbOrTx, q: AiLiteracyQuery): Promise<AiLiteracy> {
  const active = eq(users.isActive, true);
  const population =
    q.population === "active_users"
      ? await db.select({ id: users.id }).from(users).where(active).orderBy(asc(users.name), asc(users.id))
      : await db
          .selectDistinct({ id: users.id, name: users.name })
          .from(users)
          .innerJoin(orgRoleMembers, eq(orgRoleMembers.userId, users.id))
          .where(active)
          .orderBy(asc(users.name), asc(users.id));
  const literacy = await db
    .select({ ...competenceRefColumns, validityMonths: competences.validityMonths })
    .from(competences)
    .where(eq(competences.aiLiteracy, true))
    .orderBy(asc(competences.name));
  const records = literacy.length
    ? await db
        .select(trainingColumns)
        .from(trainingRecords)
        .innerJoin(users, eq(users.id, trainingRecords.userId))
        .where(
          and(
            active,
            inArray(
              trainingRecords.competenceId,
              literacy.map((c) => c.id),
            ),
          ),
        )
    : [];
  const summary = aiLiteracySummary({
    userIds: population.map((p) => p.id),
    competences: literacy,
    records,
    today: today(),
  });
  const page = summary.without.slice(q.offset, q.offset + q.limit);
  const refs = await personRefs(
    db,
    page.map((w) => w.userId),
  );
  return {
    population: q.population,
    total: summary.total,
    literate: summary.literate,
    share: summary.share,
    competences: literacy.map(({ validityMonths: _, ...c }) => c),
    without: page.map((w) => ({ user: refs.get(w.userId)!, status: w.status })),
    withoutTotal: summary.without.length,
  };
}
