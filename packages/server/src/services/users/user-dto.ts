import type { User } from "@openaims/core";
import type { users } from "../../db/schema/index.js";

export type UserRow = typeof users.$inferSelect;

/** The public shape of a user: never the password hash. */
export function toUser(row: UserRow, businessUnitIds: string[]): User {
  return {
    id: row.id,
    key: row.key,
    email: row.email,
    name: row.name,
    role: row.role as User["role"],
    businessUnitIds,
    isActive: row.isActive,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
