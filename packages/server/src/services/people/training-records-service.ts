/**
 * Training records: documented evidence of competence per person (ISO/IEC 42001 7.2 d). Records are
 * organization-wide; a linked evidence item must be one the writer may see (its business unit).
 */
import { and, asc, count, desc, eq, ilike, type SQL } from "drizzle-orm";
import {
  CreateTrainingRecord,
  DomainError,
  EXPIRY_BEFORE_COMPLETION,
  trainingExpiresOn,
  trainingStatus,
  type Page,
  type TrainingRecord,
  type TrainingRecordListQuery,
  type UpdateTrainingRecord,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { competences, evidence, trainingRecords, users } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { unitVisibility } from "../shared/business-unit-scope.js";
import { assertPerson, competenceRefColumns, personColumns, refuse, today } from "./people-refs.js";

/** One query: the record with its person, competence and (when visible) evidence. */
function selectRecords(db: DbOrTx, actor: Actor) {
  return db
    .select({
      record: trainingRecords,
      user: personColumns,
      competence: { ...competenceRefColumns, validityMonths: competences.validityMonths },
      evidence: { id: evidence.id, key: evidence.key, title: evidence.title },
    })
    .from(trainingRecords)
    .innerJoin(users, eq(users.id, trainingRecords.userId))
    .innerJoin(competences, eq(competences.id, trainingRecords.competenceId))
    .leftJoin(
      evidence,
      and(eq(evidence.id, trainingRecords.evidenceId), unitVisibility(evidence.businessUnitId, actor)),
    )
    .$dynamic();
}
type Joined = Awaited<ReturnType<ReturnType<typeof selectRecords>["execute"]>>[number];

function toRecord(j: Joined, day: string): TrainingRecord {
  const { validityMonths, ...competence } = j.competence;
  const effectiveExpiresOn = trainingExpiresOn(j.record, validityMonths);
  return {
    id: j.record.id,
    user: j.user,
    competence,
    course: j.record.course,
    completedOn: j.record.completedOn,
    expiresOn: j.record.expiresOn,
    effectiveExpiresOn,
    status: trainingStatus(effectiveExpiresOn, day),
    evidenceId: j.record.evidenceId,
    evidence: j.evidence?.id ? j.evidence : null,
    note: j.record.note,
    createdAt: j.record.createdAt.toISOString(),
    updatedAt: j.record.updatedAt.toISOString(),
    version: j.record.version,
  };
}

/** Training records, newest completion first by default, filtered by person, competence or course. */
export async function listTrainingRecords(
  ctx: ServiceContext,
  q: TrainingRecordListQuery,
): Promise<Page<TrainingRecord>> {
  const filters: (SQL | undefined)[] = [];
  if (q.userId) filters.push(eq(trainingRecords.userId, q.userId));
  if (q.competenceId) filters.push(eq(trainingRecords.competenceId, q.competenceId));
  if (q.q) filters.push(ilike(trainingRecords.course, likePattern(q.q)));
  const where = and(...filters);
  const direction = q.order === "desc" ? desc : asc;
  const column = q.sort === "course" ? trainingRecords.course : trainingRecords.completedOn;
  const rows = await selectRecords(ctx.db, ctx.actor)
    .where(where)
    .orderBy(direction(column), asc(trainingRecords.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(trainingRecords).where(where);
  const day = today();
  return { items: rows.map((r) => toRecord(r, day)), total: total?.n ?? 0 };
}

async function loadRecord(db: DbOrTx, actor: Actor, id: string): Promise<TrainingRecord> {
  const [row] = await selectRecords(db, actor).where(eq(trainingRecords.id, id));
  if (!row) throw new DomainError("NOT_FOUND", `training record ${id} not found`);
  return toRecord(row, today());
}

export async function getTrainingRecord(ctx: ServiceContext, id: string): Promise<TrainingRecord> {
  return loadRecord(ctx.db, ctx.actor, id);
}

type Fields = {
  userId: string;
  competenceId: string;
  completedOn: string;
  expiresOn: string | null;
  evidenceId: string | null;
};

/**
 * The person, the competence and the evidence exist (evidence within the writer's units); dates
 * make sense. An update checks the evidence only when it changes it: a link someone else made to
 * evidence outside this writer's units stays valid.
 */
async function checkFields(db: DbOrTx, actor: Actor, f: Fields, checkEvidence = true): Promise<void> {
  await assertPerson(db, f.userId, "userId", { active: false });
  // Share locks until commit: a competence or evidence deleted meanwhile is refused here (400)
  // instead of failing the insert's foreign key (500).
  const [competence] = await db
    .select({ id: competences.id })
    .from(competences)
    .where(eq(competences.id, f.competenceId))
    .for("share");
  if (!competence) refuse([{ path: "competenceId", message: `unknown competence ${f.competenceId}` }]);
  if (f.evidenceId && checkEvidence) {
    const [found] = await db
      .select({ id: evidence.id })
      .from(evidence)
      .where(and(eq(evidence.id, f.evidenceId), unitVisibility(evidence.businessUnitId, actor)))
      .for("share");
    if (!found) refuse([{ path: "evidenceId", message: `unknown evidence ${f.evidenceId}` }]);
  }
  if (f.completedOn > today())
    refuse([{ path: "completedOn", message: "must not be in the future: record training once it is done" }]);
  if (f.expiresOn && f.expiresOn < f.completedOn)
    refuse([{ path: "expiresOn", message: EXPIRY_BEFORE_COMPLETION }]);
}

export async function createTrainingRecord(
  ctx: ServiceContext,
  raw: CreateTrainingRecord,
): Promise<TrainingRecord> {
  const input = CreateTrainingRecord.parse(raw);
  return ctx.db.transaction(async (tx) => {
    await checkFields(tx, ctx.actor, input);
    const [row] = await tx.insert(trainingRecords).values(input).returning({ id: trainingRecords.id });
    const record = await loadRecord(tx, ctx.actor, row!.id);
    await recordAudit(tx, ctx, {
      action: "training_record.created",
      entityType: "training_record",
      entityId: record.id,
      after: record,
    });
    return record;
  });
}

export async function updateTrainingRecord(
  ctx: ServiceContext,
  id: string,
  patch: UpdateTrainingRecord,
): Promise<TrainingRecord> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(trainingRecords).where(eq(trainingRecords.id, id)).for("update");
    assertVersion(row, patch.version, `training record ${id}`);
    const { version, ...fields } = patch;
    await checkFields(tx, ctx.actor, { ...row!, ...fields }, fields.evidenceId !== undefined);
    const before = await loadRecord(tx, ctx.actor, id);
    await tx
      .update(trainingRecords)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(trainingRecords.id, id));
    const after = await loadRecord(tx, ctx.actor, id);
    await recordAudit(tx, ctx, {
      action: "training_record.updated",
      entityType: "training_record",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function deleteTrainingRecord(ctx: ServiceContext, id: string, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ version: trainingRecords.version })
      .from(trainingRecords)
      .where(eq(trainingRecords.id, id))
      .for("update");
    assertVersion(row, version, `training record ${id}`);
    const before = await loadRecord(tx, ctx.actor, id);
    await tx.delete(trainingRecords).where(eq(trainingRecords.id, id));
    await recordAudit(tx, ctx, {
      action: "training_record.deleted",
      entityType: "training_record",
      entityId: id,
      before,
    });
  });
}
