import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import {
  CreateUser,
  DomainError,
  SCOPABLE_ROLES,
  type Page,
  type UpdateUser,
  type User,
  type UserListQuery,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { businessUnits, sessions, userBusinessUnits, users } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { hashPassword } from "../auth/password.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { toUser, type UserRow } from "./user-dto.js";

/** Business-unit grants of many users in one query (no query per row). */
async function grantsOf(db: DbOrTx, userIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return map;
  const rows = await db
    .select()
    .from(userBusinessUnits)
    .where(inArray(userBusinessUnits.userId, userIds))
    .orderBy(asc(userBusinessUnits.businessUnitId));
  for (const r of rows) map.get(r.userId)?.push(r.businessUnitId);
  return map;
}

async function withGrants(db: DbOrTx, row: UserRow): Promise<User> {
  return toUser(row, (await grantsOf(db, [row.id])).get(row.id) ?? []);
}

const sortColumns = {
  name: users.name,
  email: users.email,
  createdAt: users.createdAt,
  key: users.key,
} as const;

export async function listUsers(db: DbOrTx, q: UserListQuery): Promise<Page<User>> {
  const filters: SQL[] = [];
  if (q.q) filters.push(or(ilike(users.name, likePattern(q.q)), ilike(users.email, likePattern(q.q)))!);
  if (q.role) filters.push(eq(users.role, q.role));
  if (q.isActive !== undefined) filters.push(eq(users.isActive, q.isActive));
  const where = filters.length ? and(...filters) : undefined;
  const direction = q.order === "desc" ? desc : asc;
  // Keys sort by their number (USR-10 after USR-9), not as text.
  const order =
    q.sort === "key" ? direction(sql`split_part(${users.key}, '-', 2)::int`) : direction(sortColumns[q.sort]);
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(order, asc(users.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  const grants = await grantsOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toUser(r, grants.get(r.id) ?? [])), total: total?.n ?? 0 };
}

export async function getUser(db: DbOrTx, id: string): Promise<User> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw new DomainError("NOT_FOUND", `user ${id} not found`);
  return withGrants(db, row);
}

async function assertBusinessUnitsExist(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: businessUnits.id })
    .from(businessUnits)
    .where(inArray(businessUnits.id, [...ids]));
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) {
    throw new DomainError("VALIDATION_FAILED", `business unit ${missing[0]} does not exist`, {
      issues: [{ path: "businessUnitIds", message: `unknown business units: ${missing.join(", ")}` }],
    });
  }
}

function assertGrantsFitRole(role: User["role"], businessUnitIds: readonly string[]): void {
  if (businessUnitIds.length > 0 && !SCOPABLE_ROLES.includes(role)) {
    throw new DomainError(
      "VALIDATION_FAILED",
      `a ${role} sees every business unit; grants apply to contributors and viewers only`,
      {
        issues: [{ path: "businessUnitIds", message: `must be empty for role ${role}` }],
      },
    );
  }
}

async function setGrants(tx: Tx, userId: string, ids: readonly string[]): Promise<void> {
  await tx.delete(userBusinessUnits).where(eq(userBusinessUnits.userId, userId));
  const unique = [...new Set(ids)];
  if (unique.length > 0)
    await tx.insert(userBusinessUnits).values(unique.map((businessUnitId) => ({ userId, businessUnitId })));
}

/** Creates a user account (ISO/IEC 42001 5.3 roles and responsibilities are assigned through roles). */
export async function createUser(ctx: ServiceContext, raw: CreateUser): Promise<User> {
  const input = CreateUser.parse(raw);
  assertGrantsFitRole(input.role, input.businessUnitIds);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (existing) throw new DomainError("ALREADY_EXISTS", `a user with email ${input.email} already exists`);
    await assertBusinessUnitsExist(tx, input.businessUnitIds);
    const key = await nextKey(tx, "user");
    const [row] = await tx
      .insert(users)
      .values({ key, email: input.email, name: input.name, role: input.role, passwordHash })
      .returning();
    await setGrants(tx, row!.id, input.businessUnitIds);
    const user = await withGrants(tx, row!);
    await recordAudit(tx, ctx, {
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      after: user,
    });
    return user;
  });
}

async function countOtherActiveAdmins(tx: Tx, userId: string): Promise<number> {
  const [r] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.isActive, true), sql`${users.id} <> ${userId}`));
  return r?.n ?? 0;
}

/** Changes name, role, grants or active state; the last active administrator cannot be removed. */
export async function updateUser(ctx: ServiceContext, id: string, patch: UpdateUser): Promise<User> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, id)).for("update");
    assertVersion(row, patch.version, `user ${id}`);
    const before = await withGrants(tx, row as UserRow);
    const role = patch.role ?? before.role;
    const isActive = patch.isActive ?? before.isActive;
    const grants = patch.businessUnitIds ?? (SCOPABLE_ROLES.includes(role) ? before.businessUnitIds : []);
    assertGrantsFitRole(role, grants);
    if (before.role === "admin" && before.isActive && (role !== "admin" || !isActive)) {
      if ((await countOtherActiveAdmins(tx, id)) === 0) {
        throw new DomainError(
          "RULE_VIOLATION",
          "this is the last active administrator; make another user admin first",
        );
      }
    }
    await assertBusinessUnitsExist(tx, grants);
    const [updated] = await tx
      .update(users)
      .set({
        name: patch.name ?? before.name,
        role,
        isActive,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    await setGrants(tx, id, grants);
    // A deactivated account loses its sessions at once; its tokens stop working through isActive.
    if (!isActive) await tx.delete(sessions).where(eq(sessions.userId, id));
    const after = await withGrants(tx, updated!);
    const action =
      before.isActive && !isActive
        ? "user.deactivated"
        : !before.isActive && isActive
          ? "user.reactivated"
          : "user.updated";
    await recordAudit(tx, ctx, { action, entityType: "user", entityId: id, before, after });
    return after;
  });
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [r] = await db.select({ n: count() }).from(users);
  return r?.n ?? 0;
}
