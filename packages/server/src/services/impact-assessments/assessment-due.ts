import { and, eq, isNull, lt, sql } from "drizzle-orm";
import { isSubstantialModification, type AiSystemView } from "@openaims/core";
import type { AimsDb, Tx } from "../../db/client.js";
import { impactAssessments } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { systemContext, type ServiceContext } from "../context.js";
import { markDue } from "./impact-assessments-service.js";

/**
 * Called inside the AI system update's transaction: when the change is a substantial modification,
 * the system's approved assessments are due again (ISO/IEC 42001 8.4; C.R.S. 6-1-1703(3)(a) within
 * 90 days; EU AI Act Art. 27(2)). When the system moved to another business unit, its assessments
 * move with it. Returns how many were marked due.
 */
export async function markAssessmentsDueAfterChange(
  tx: Tx,
  ctx: ServiceContext,
  before: AiSystemView,
  after: AiSystemView,
): Promise<number> {
  if (before.businessUnitId !== after.businessUnitId) await followSystemUnit(tx, ctx, after);
  const change = isSubstantialModification(before, after);
  if (!change.substantial) return 0;
  return markDue(
    tx,
    ctx,
    eq(impactAssessments.aiSystemId, after.id),
    `substantial modification of ${after.key}: ${change.reasons.join("; ")}`,
  );
}

/**
 * A system moved to another business unit takes its assessments along: they are scoped by the
 * unit of the system they assess (ISO/IEC 42001 A.3.2 responsibilities follow the system), so the
 * old unit no longer reads or changes them and the new one does. One audit entry per assessment.
 */
async function followSystemUnit(tx: Tx, ctx: ServiceContext, system: AiSystemView): Promise<void> {
  const moved = await tx
    .update(impactAssessments)
    .set({
      businessUnitId: system.businessUnitId,
      version: sql`${impactAssessments.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(impactAssessments.aiSystemId, system.id))
    .returning({ id: impactAssessments.id, key: impactAssessments.key });
  for (const r of moved)
    await recordAudit(tx, ctx, {
      action: "impact_assessment.unit_changed",
      entityType: "impact_assessment",
      entityId: r.id,
      after: { key: r.key, businessUnitId: system.businessUnitId, aiSystemKey: system.key },
    });
}

/** Approved assessments whose validity ended are due again (maintenance job; ISO/IEC 42001 8.4 planned intervals). */
export async function markExpiredAssessmentsDue(
  db: AimsDb,
  today = new Date().toISOString().slice(0, 10),
): Promise<number> {
  const ctx = systemContext(db, "impact-assessment-validity");
  return db.transaction(async (tx) => {
    const expired = await tx
      .select({ id: impactAssessments.id, validUntil: impactAssessments.validUntil })
      .from(impactAssessments)
      .where(
        and(
          eq(impactAssessments.status, "approved"),
          lt(impactAssessments.validUntil, today),
          isNull(impactAssessments.dueSince),
        ),
      )
      .limit(1000);
    let n = 0;
    for (const r of expired)
      n += await markDue(
        tx,
        ctx,
        eq(impactAssessments.id, r.id),
        `the validity period ended on ${r.validUntil}`,
      );
    return n;
  });
}
