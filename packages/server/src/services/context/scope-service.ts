import { eq, max } from "drizzle-orm";
import { CreateScopeVersion, DomainError, type ScopeVersion, type UpdateScopeVersion } from "@openaims/core";
import { scopeVersions } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { actorId, type ServiceContext } from "../context.js";
import { enqueueJob } from "../jobs/job-queue.js";
import { assertVersion } from "../shared/versioning.js";
import { assertAiSystems, assertBusinessUnits } from "../shared/references.js";
import {
  approvedScopeRow,
  loadScopeRow,
  lockScopeWrites,
  toScopeVersion,
  type ScopeRow,
} from "./scope-versions.js";

export const SCOPE_REMINDER_JOB = "scope.reassessment_reminder";

function assertDraft(row: ScopeRow, doing: string): void {
  if (row.status !== "draft")
    throw new DomainError(
      "RULE_VIOLATION",
      `scope version ${row.number} is ${row.status}; only a draft can be ${doing}`,
    );
}

/**
 * Starts a new draft of the AIMS scope (ISO/IEC 42001 4.3), empty or copied from the approved
 * version; the approved version stays in force until the draft is approved.
 */
export async function createScopeVersion(
  ctx: ServiceContext,
  raw: CreateScopeVersion,
): Promise<ScopeVersion> {
  const input = CreateScopeVersion.parse(raw);
  return ctx.db.transaction(async (tx) => {
    await lockScopeWrites(tx);
    const source = input.from === "current" ? await approvedScopeRow(tx) : undefined;
    if (input.from === "current" && !source)
      throw new DomainError(
        "RULE_VIOLATION",
        "there is no approved scope to copy; start from an empty draft",
      );
    const [last] = await tx.select({ n: max(scopeVersions.number) }).from(scopeVersions);
    const [row] = await tx
      .insert(scopeVersions)
      .values({
        number: (last?.n ?? 0) + 1,
        status: "draft",
        createdBy: actorId(ctx.actor),
        ...(source && {
          description: source.description,
          businessUnitIds: source.businessUnitIds,
          aiSystemIds: source.aiSystemIds,
          exclusions: source.exclusions,
          boundaries: source.boundaries,
          reassessBy: source.reassessBy,
        }),
      })
      .returning();
    const draft = toScopeVersion(row!);
    await recordAudit(tx, ctx, {
      action: "scope_version.created",
      entityType: "scope_version",
      entityId: draft.id,
      after: { ...draft, copiedFrom: source?.id ?? null },
    });
    return draft;
  });
}

/** Edits a draft; approved and superseded versions are records and never change. */
export async function updateScopeVersion(
  ctx: ServiceContext,
  id: string,
  patch: UpdateScopeVersion,
): Promise<ScopeVersion> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadScopeRow(tx, id, true);
    assertVersion(row, patch.version, `scope version ${id}`);
    assertDraft(row, "edited");
    const before = toScopeVersion(row);
    const { version, ...fields } = patch;
    if (fields.businessUnitIds) await assertBusinessUnits(tx, fields.businessUnitIds, "businessUnitIds");
    if (fields.aiSystemIds) await assertAiSystems(tx, fields.aiSystemIds, "aiSystemIds");
    const [updated] = await tx
      .update(scopeVersions)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(scopeVersions.id, id))
      .returning();
    const after = toScopeVersion(updated!);
    await recordAudit(tx, ctx, {
      action: "scope_version.updated",
      entityType: "scope_version",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** 09:00 UTC on the reassessment day, when the reminder is due. */
export const reminderTime = (reassessBy: string) => new Date(`${reassessBy}T09:00:00.000Z`);

/**
 * Approves a draft (ISO/IEC 42001 4.3, 5.1): someone other than its author approves it, the
 * previously approved version becomes superseded, and a reassessment reminder is queued.
 */
export async function approveScopeVersion(
  ctx: ServiceContext,
  id: string,
  expectedVersion: number,
): Promise<ScopeVersion> {
  return ctx.db.transaction(async (tx) => {
    await lockScopeWrites(tx);
    const row = await loadScopeRow(tx, id, true);
    assertVersion(row, expectedVersion, `scope version ${id}`);
    assertDraft(row, "approved");
    const approver = actorId(ctx.actor);
    if (approver !== null && approver === row.createdBy)
      throw new DomainError(
        "FORBIDDEN",
        "you cannot approve a scope version you drafted; ask another manager",
      );
    const previous = await approvedScopeRow(tx);
    if (previous) {
      const [superseded] = await tx
        .update(scopeVersions)
        .set({ status: "superseded", version: previous.version + 1, updatedAt: new Date() })
        .where(eq(scopeVersions.id, previous.id))
        .returning();
      await recordAudit(tx, ctx, {
        action: "scope_version.superseded",
        entityType: "scope_version",
        entityId: previous.id,
        before: toScopeVersion(previous),
        after: toScopeVersion(superseded!),
      });
    }
    const now = new Date();
    const [approved] = await tx
      .update(scopeVersions)
      .set({
        status: "approved",
        approvedBy: approver,
        approvedAt: now,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(scopeVersions.id, id))
      .returning();
    if (row.reassessBy) {
      await enqueueJob(
        tx,
        SCOPE_REMINDER_JOB,
        { scopeVersionId: id },
        { runAt: reminderTime(row.reassessBy), uniqueKey: `scope-reminder:${id}` },
      );
    }
    const after = toScopeVersion(approved!);
    await recordAudit(tx, ctx, {
      action: "scope_version.approved",
      entityType: "scope_version",
      entityId: id,
      before: toScopeVersion(row),
      after: { ...after, supersededId: previous?.id ?? null },
    });
    return after;
  });
}
