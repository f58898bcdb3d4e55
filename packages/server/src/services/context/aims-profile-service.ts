import { eq } from "drizzle-orm";
import { DomainError, type AimsProfile, type UpdateAimsProfile } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { aimsProfile } from "../../db/schema/index.js";
import { actorId, type ServiceContext } from "../context.js";
import { recordAudit } from "../audit/record-audit.js";
import { assertVersion } from "../shared/versioning.js";

type Row = typeof aimsProfile.$inferSelect;
/** The profile is one row, seeded by the migration. */
const PROFILE_ID = 1;

const toProfile = (r: Row): AimsProfile => ({
  organizationName: r.organizationName,
  organizationRoles: r.organizationRoles as AimsProfile["organizationRoles"],
  riskAppetite: r.riskAppetite,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
  updatedBy: r.updatedBy,
});

/** The organization's AI roles (ISO/IEC 42001 4.1, ISO/IEC 22989 5.19) and risk appetite (6.1.1). */
export async function getAimsProfile(db: DbOrTx): Promise<AimsProfile> {
  const [row] = await db.select().from(aimsProfile).where(eq(aimsProfile.id, PROFILE_ID));
  if (!row) throw new DomainError("NOT_FOUND", "the AIMS profile is missing; run migrations");
  return toProfile(row);
}

/** Replaces roles and risk appetite; the caller names the version it read (409 when stale). */
export async function updateAimsProfile(ctx: ServiceContext, input: UpdateAimsProfile): Promise<AimsProfile> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(aimsProfile).where(eq(aimsProfile.id, PROFILE_ID)).for("update");
    assertVersion(row, input.version, "the AIMS profile");
    const before = toProfile(row!);
    const [updated] = await tx
      .update(aimsProfile)
      .set({
        ...(input.organizationName !== undefined ? { organizationName: input.organizationName.trim() } : {}),
        organizationRoles: input.organizationRoles,
        riskAppetite: input.riskAppetite,
        version: input.version + 1,
        updatedAt: new Date(),
        updatedBy: actorId(ctx.actor),
      })
      .where(eq(aimsProfile.id, PROFILE_ID))
      .returning();
    const after = toProfile(updated!);
    await recordAudit(tx, ctx, {
      action: "aims_profile.updated",
      entityType: "aims_profile",
      entityId: String(PROFILE_ID),
      before,
      after,
    });
    return after;
  });
}
