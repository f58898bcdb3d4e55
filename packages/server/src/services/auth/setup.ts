import { and, eq, sql } from "drizzle-orm";
import { DomainError, SetupRequest } from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import { settings } from "../../db/schema/index.js";
import { systemContext } from "../context.js";
import { countUsers, createUser } from "../users/users-service.js";
import { hashSecret, newSecret } from "./secrets.js";
import { createSession } from "./sessions.js";

const SETUP_KEY = "setup_token_hash";

/**
 * When no user exists, issues a one-time setup token (stored hashed, so it lives in the database
 * and any server process can accept it) and returns it for the start-up banner. Null when set up.
 */
export async function issueSetupToken(db: AimsDb): Promise<string | null> {
  if ((await countUsers(db)) > 0) return null;
  const token = newSecret();
  const value = { hash: hashSecret(token) };
  await db
    .insert(settings)
    .values({ key: SETUP_KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
  return token;
}

export async function isSetupRequired(db: AimsDb): Promise<boolean> {
  return (await countUsers(db)) === 0;
}

/** Creates the first administrator with the setup token and signs them in. */
export async function completeSetup(
  db: AimsDb,
  raw: unknown,
  sessionHours: number,
  requestId: string | null,
) {
  const input = SetupRequest.parse(raw);
  if (!(await isSetupRequired(db)))
    throw new DomainError("SETUP_NOT_AVAILABLE", "OpenAIMS is already set up; sign in instead");
  // Consuming the token is atomic: of two concurrent requests with it, only one gets past here.
  const consumed = await db
    .delete(settings)
    .where(and(eq(settings.key, SETUP_KEY), sql`${settings.value}->>'hash' = ${hashSecret(input.token)}`))
    .returning();
  if (consumed.length === 0) {
    throw new DomainError(
      "SETUP_TOKEN_INVALID",
      "the setup token is wrong or used; copy the setup link the server printed",
      {
        issues: [{ path: "token", message: "does not match the server's setup token" }],
      },
    );
  }
  const ctx = { ...systemContext(db, "setup"), requestId };
  const user = await createUser(ctx, {
    email: input.email,
    name: input.name,
    password: input.password,
    role: "admin",
  });
  const session = await createSession(db, user.id, sessionHours);
  return { ...session, user };
}
