import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { loadConfig } from "../../config.js";
import { buildApp, type App } from "../app.js";
import { createTestDatabase } from "../../test-support/test-database.js";
import { issueSetupToken } from "../../services/auth/setup.js";

let database: Database;
let app: App;
beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({
    database,
    config: loadConfig({}, { AIMS_JOBS: false }),
    version: "test",
    logger: false,
    webDist: "/none",
  });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const admin = { email: "first@example.org", name: "First Admin", password: "a long first password" };

describe("first-run setup", () => {
  it("needs the printed token, works once, and signs the administrator in", async () => {
    expect((await app.inject({ url: "/api/v1/setup" })).json()).toEqual({ required: true });
    const token = await issueSetupToken(database.db);
    expect(token).toBeTruthy();
    const wrong = await app.inject({
      method: "POST",
      url: "/api/v1/setup",
      payload: { ...admin, token: "guess" },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe("SETUP_TOKEN_INVALID");
    const ok = await app.inject({ method: "POST", url: "/api/v1/setup", payload: { ...admin, token } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().user.role).toBe("admin");
    const cookie = ok.cookies.find((c) => c.name === "aims_session")!;
    const me = await app.inject({
      url: "/api/v1/auth/me",
      headers: { cookie: `aims_session=${cookie.value}` },
    });
    expect(me.json().user.email).toBe(admin.email);
    const again = await app.inject({
      method: "POST",
      url: "/api/v1/setup",
      payload: { ...admin, email: "second@example.org", token },
    });
    expect(again.statusCode).toBe(409);
    expect(await issueSetupToken(database.db)).toBeNull();
    expect((await app.inject({ url: "/api/v1/setup" })).json()).toEqual({ required: false });
  });
});
