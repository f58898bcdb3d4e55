import { ROLES, type Role, type User } from "@openaims/core";
import { loadConfig, type Config } from "../config.js";
import type { Database } from "../db/client.js";
import { buildApp, type App } from "../http/app.js";
import { systemContext } from "../services/context.js";
import { createToken } from "../services/tokens/tokens-service.js";
import { createUser } from "../services/users/users-service.js";
import { createTestDatabase } from "./test-database.js";
import {
  loadBuiltinCatalogs,
  readBuiltinCatalogs,
  type BuiltinCatalogs,
} from "../services/catalogs/builtin-catalogs.js";

export const TEST_PASSWORD = "correct horse battery staple";

export type TestApp = {
  app: App;
  database: Database;
  config: Config;
  /** A bearer token per role, for users created by `seedRoles`. */
  tokens: Record<Role, string>;
  users: Record<Role, User>;
  close: () => Promise<void>;
  /** SQL statements sent since the last call (to catch N+1 queries). */
  takeQueries: () => string[];
};

let counter = 0;
let catalogs: BuiltinCatalogs | null = null;
const builtin = () => (catalogs ??= readBuiltinCatalogs());

/** An app on a fresh database with one user and API token per role. */
export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { withCatalogs?: boolean } = {},
): Promise<TestApp> {
  let queries: string[] = [];
  const database = await createTestDatabase({ onQuery: (q) => void queries.push(q) });
  if (options.withCatalogs) await loadBuiltinCatalogs(database.db, builtin());
  const config = loadConfig({}, { AIMS_JOBS: false, ...overrides });
  const app = await buildApp({ database, config, version: "test", logger: false, webDist: "/nonexistent" });
  // No test may provoke a 500: every bad input must get a 4xx. Closing the app reports any.
  const serverErrors: string[] = [];
  app.addHook("onResponse", async (request, reply) => {
    if (reply.statusCode >= 500) serverErrors.push(`${request.method} ${request.url} -> ${reply.statusCode}`);
  });
  await app.ready();
  const tokens = {} as Record<Role, string>;
  const users = {} as Record<Role, User>;
  const ctx = systemContext(database.db, "test");
  for (const role of ROLES) {
    const user = await createUser(ctx, {
      email: `${role}-${++counter}@example.org`,
      name: `${role} user`,
      role,
      password: TEST_PASSWORD,
    });
    users[role] = user;
    tokens[role] = (await createToken(ctx, user.id, { name: "test", expiresInDays: 1 })).token;
  }
  return {
    app,
    database,
    config,
    tokens,
    users,
    takeQueries: () => {
      const taken = queries;
      queries = [];
      return taken;
    },
    close: async () => {
      await app.close();
      await database.close();
      if (serverErrors.length) throw new Error(`server errors during the test: ${serverErrors.join("; ")}`);
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Signs in through the API and returns the cookie and CSRF headers a browser would send. */
export async function signIn(app: App, email: string, password = TEST_PASSWORD) {
  const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === "aims_session");
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie: `aims_session=${cookie!.value}`, csrf };
}
