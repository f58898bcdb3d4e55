import { and, eq } from "drizzle-orm";
import { DomainError } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { vendorAiSystems, vendors } from "../../db/schema/index.js";
import type { Actor } from "../context.js";
import { unitVisibility } from "../shared/business-unit-scope.js";

export type VendorRow = typeof vendors.$inferSelect;

/** Vendors a scoped contributor or viewer may see: their units' and the unit-less ones. */
export const vendorVisibility = (actor: Actor) => unitVisibility(vendors.businessUnitId, actor);

/**
 * The vendor row if it exists and the actor may see it; otherwise NOT_FOUND, so a scoped person
 * cannot learn that another unit's vendor exists. `lock` takes a row lock for updates.
 */
export async function loadVisibleVendor(
  db: DbOrTx,
  actor: Actor,
  id: string,
  lock = false,
): Promise<VendorRow> {
  const query = db
    .select()
    .from(vendors)
    .where(and(eq(vendors.id, id), vendorVisibility(actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `vendor ${id} not found`);
  return row;
}

/** Ids of the AI systems the vendor supplies (A.10.3), in no particular order. */
export async function vendorAiSystemIds(db: DbOrTx, vendorId: string): Promise<string[]> {
  const rows = await db
    .select({ id: vendorAiSystems.aiSystemId })
    .from(vendorAiSystems)
    .where(eq(vendorAiSystems.vendorId, vendorId));
  return rows.map((r) => r.id);
}
