import { inArray, isNull, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { canActInBusinessUnit, DomainError, SCOPABLE_ROLES } from "@openaims/core";
import type { Actor } from "../context.js";

/**
 * Rows a scoped contributor or viewer may see: those of their business units and those that belong
 * to no unit (organization-wide). Everyone else sees all (null = no filter).
 */
export function unitVisibility(column: PgColumn, actor: Actor): SQL | undefined {
  if (actor.kind !== "user" || !SCOPABLE_ROLES.includes(actor.role) || actor.businessUnitIds.length === 0)
    return undefined;
  return or(isNull(column), inArray(column, actor.businessUnitIds));
}

/** Writing a record of a unit needs a grant on that unit (core's rule). */
export function assertMayWriteUnit(actor: Actor, unitId: string | null): void {
  if (actor.kind === "user" && !canActInBusinessUnit(actor, unitId)) {
    throw new DomainError("FORBIDDEN", "your grants do not cover this business unit");
  }
}
