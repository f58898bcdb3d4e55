import { and, eq } from "drizzle-orm";
import { DomainError, EvidenceTarget, utcDay, type EvidenceDetail } from "@openaims/core";
import { evidenceLinks } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { evidenceDetail, loadEvidence } from "./evidence-service.js";
import { assertTargets, isHiddenTarget, normalizeTarget } from "./evidence-targets.js";

const linkOf = (id: string, t: EvidenceTarget) =>
  and(
    eq(evidenceLinks.evidenceId, id),
    eq(evidenceLinks.targetType, t.targetType),
    eq(evidenceLinks.targetId, t.targetId),
  );

/**
 * Says that an item supports a record (ISO/IEC 42001 9.1: results retained as evidence). The
 * record must exist and be visible to the actor; links do not change the item's version.
 */
export async function linkEvidence(
  ctx: ServiceContext,
  id: string,
  raw: EvidenceTarget,
  today = utcDay(),
): Promise<EvidenceDetail> {
  const target = normalizeTarget(EvidenceTarget.parse(raw));
  return ctx.db.transaction(async (tx) => {
    const row = await loadEvidence(tx, ctx.actor, id, true);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    await assertTargets(tx, ctx.actor, [target], "body");
    const [already] = await tx.select().from(evidenceLinks).where(linkOf(id, target));
    if (already)
      throw new DomainError("ALREADY_EXISTS", `${row.key} is already linked to this ${target.targetType}`);
    await tx.insert(evidenceLinks).values({ evidenceId: id, ...target });
    await recordAudit(tx, ctx, {
      action: "evidence.linked",
      entityType: "evidence",
      entityId: id,
      after: { key: row.key, ...target },
    });
    return evidenceDetail(tx, ctx.actor, row, today);
  });
}

/** Removes a link; coverage of the record no longer counts this item. */
export async function unlinkEvidence(
  ctx: ServiceContext,
  id: string,
  raw: EvidenceTarget,
  today = utcDay(),
): Promise<EvidenceDetail> {
  const target = normalizeTarget(EvidenceTarget.parse(raw));
  return ctx.db.transaction(async (tx) => {
    const row = await loadEvidence(tx, ctx.actor, id, true);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    // A link to a record the actor may not see is not theirs to remove (nor to learn of).
    const removed = (await isHiddenTarget(tx, ctx.actor, target))
      ? []
      : await tx.delete(evidenceLinks).where(linkOf(id, target)).returning();
    if (removed.length === 0)
      throw new DomainError(
        "NOT_FOUND",
        `${row.key} is not linked to ${target.targetType} ${target.targetId}`,
      );
    await recordAudit(tx, ctx, {
      action: "evidence.unlinked",
      entityType: "evidence",
      entityId: id,
      before: { key: row.key, ...target },
    });
    return evidenceDetail(tx, ctx.actor, row, today);
  });
}
