import { and, eq, gt, lt, sql } from "drizzle-orm";
import { DomainError, type Role } from "@openaims/core";
import type { AimsDb, DbOrTx } from "../../db/client.js";
import { apiTokens, sessions, userBusinessUnits, users } from "../../db/schema/index.js";
import type { Actor } from "../context.js";
import { hashSecret, newSecret, TOKEN_PREFIX } from "./secrets.js";

/** Sliding sessions are extended at most this often, so reads do not write on every request. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

export type Authenticated = {
  actor: Extract<Actor, { kind: "user" }>;
  via: "session" | "token";
  csrfToken: string | null;
};

export async function createSession(db: DbOrTx, userId: string, hours: number) {
  const secret = newSecret();
  const csrfToken = newSecret();
  await db.insert(sessions).values({
    id: hashSecret(secret),
    userId,
    csrfToken,
    expiresAt: new Date(Date.now() + hours * 3_600_000),
  });
  return { secret, csrfToken };
}

export async function deleteSession(db: DbOrTx, secret: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashSecret(secret)));
}

/**
 * The user behind a session or token and the units it may act in, read with the credential in one
 * statement: every authenticated request pays for this, so it is one round trip, not three.
 */
const actorColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  isActive: users.isActive,
  businessUnitIds: sql<
    string[]
  >`array(select ${userBusinessUnits.businessUnitId}::text from ${userBusinessUnits} where ${userBusinessUnits.userId} = ${users.id})::text[]`,
};

function actorOf(row: {
  userId: string;
  email: string;
  name: string;
  role: string;
  isActive: boolean;
  businessUnitIds: string[];
}): Authenticated["actor"] | null {
  if (!row.isActive) return null;
  return {
    kind: "user",
    userId: row.userId,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    businessUnitIds: row.businessUnitIds ?? [],
  };
}

/** Resolves a session cookie to its user, extending the session while it is used. */
export async function authenticateSession(
  db: AimsDb,
  secret: string,
  hours: number,
): Promise<Authenticated | null> {
  const now = new Date();
  const [s] = await db
    .select({
      id: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      csrfToken: sessions.csrfToken,
      ...actorColumns,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashSecret(secret)), gt(sessions.expiresAt, now)));
  if (!s) return null;
  const actor = actorOf(s);
  if (!actor) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + hours * 3_600_000) })
      .where(eq(sessions.id, s.id));
  }
  return { actor, via: "session", csrfToken: s.csrfToken };
}

/** Resolves `Authorization: Bearer aims_...` to its user; expired or revoked tokens fail. */
export async function authenticateToken(db: AimsDb, token: string): Promise<Authenticated | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = new Date();
  const [t] = await db
    .select({
      id: apiTokens.id,
      revokedAt: apiTokens.revokedAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      ...actorColumns,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.secretHash, hashSecret(token)));
  if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= now)) return null;
  const actor = actorOf(t);
  if (!actor) return null;
  if (!t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, t.id));
  }
  return { actor, via: "token", csrfToken: null };
}

/** Removes expired sessions (run by the maintenance job). */
export async function purgeExpiredSessions(db: DbOrTx): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, new Date()))
    .returning({ id: sessions.id });
  return gone.length;
}

/** Signs a user out everywhere but the given session (after a password change). */
export async function deleteOtherSessions(
  db: DbOrTx,
  userId: string,
  keepSecret: string | null,
): Promise<void> {
  const keep = keepSecret ? hashSecret(keepSecret) : "";
  await db.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.id} <> ${keep}`));
}

export function assertUserActor(actor: Actor): Authenticated["actor"] {
  if (actor.kind !== "user") throw new DomainError("UNAUTHENTICATED", "sign in first");
  return actor;
}
