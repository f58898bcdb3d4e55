import { and, count, eq, gt, lt } from "drizzle-orm";
import { ChangePasswordRequest, DomainError, LoginRequest } from "@openaims/core";
import type { AimsDb, DbOrTx } from "../../db/client.js";
import { loginFailures, users } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { getUser } from "../users/users-service.js";
import { decoyHash, hashPassword, needsRehash, verifyPassword } from "./password.js";
import { createSession, deleteOtherSessions } from "./sessions.js";

const FAILURE_WINDOW_MS = 15 * 60_000;

export type LoginPolicy = { maxFailures: number; sessionHours: number };

async function assertNotRateLimited(db: DbOrTx, email: string, ip: string, max: number): Promise<void> {
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const [byEmail] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), gt(loginFailures.at, since)));
  const [byIp] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gt(loginFailures.at, since)));
  // Per address, allow several people behind one NAT a larger budget than one account gets.
  if ((byEmail?.n ?? 0) >= max || (byIp?.n ?? 0) >= max * 5) {
    throw new DomainError("RATE_LIMITED", "too many failed sign-ins; wait 15 minutes and try again");
  }
}

/** Checks credentials and opens a session. Unknown email and wrong password answer alike. */
export async function login(
  db: AimsDb,
  raw: unknown,
  ip: string,
  policy: LoginPolicy,
  requestId: string | null,
) {
  const input = LoginRequest.parse(raw);
  await assertNotRateLimited(db, input.email, ip, policy.maxFailures);
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok) {
    await db.insert(loginFailures).values({ email: input.email, ip });
    throw new DomainError("INVALID_CREDENTIALS", "email or password is wrong");
  }
  if (!user.isActive)
    throw new DomainError("ACCOUNT_DISABLED", "this account is deactivated; ask an administrator");
  // A hash made with older, weaker parameters is replaced now that the password is at hand.
  const upgraded = needsRehash(user.passwordHash) ? { passwordHash: await hashPassword(input.password) } : {};
  const session = await db.transaction(async (tx) => {
    const created = await createSession(tx, user.id, policy.sessionHours);
    await tx
      .update(users)
      .set({ lastLoginAt: new Date(), ...upgraded })
      .where(eq(users.id, user.id));
    await tx.delete(loginFailures).where(eq(loginFailures.email, input.email));
    const ctx: ServiceContext = {
      db,
      actor: {
        kind: "user",
        userId: user.id,
        email: user.email,
        name: user.name,
        role: user.role as never,
        businessUnitIds: [],
      },
      requestId,
    };
    await recordAudit(tx, ctx, { action: "auth.signed_in", entityType: "user", entityId: user.id });
    return created;
  });
  return { ...session, user: await getUser(db, user.id) };
}

/** Changes the caller's password and signs out their other sessions. */
export async function changePassword(
  ctx: ServiceContext,
  userId: string,
  raw: unknown,
  currentSession: string | null,
) {
  const input = ChangePasswordRequest.parse(raw);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new DomainError("INVALID_CREDENTIALS", "the current password is wrong", {
      issues: [{ path: "currentPassword", message: "is wrong" }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date(), version: user.version + 1 })
      .where(eq(users.id, userId));
    await deleteOtherSessions(tx, userId, currentSession);
    await recordAudit(tx, ctx, { action: "user.password_changed", entityType: "user", entityId: userId });
  });
}

/** Drops failure records older than the window (run by the maintenance job). */
export async function purgeOldLoginFailures(db: DbOrTx): Promise<void> {
  await db.delete(loginFailures).where(lt(loginFailures.at, new Date(Date.now() - FAILURE_WINDOW_MS)));
}
