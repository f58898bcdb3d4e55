/**
 * A database that cannot be reached answers 503 SERVICE_UNAVAILABLE (the client may retry), never
 * a 500 and never the driver's wording. The end-to-end restart is in e2e/db-restart.e2e.test.ts.
 */
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { handleError } from "../errors.js";

function appThrowing(error: unknown) {
  const app = Fastify({ logger: false });
  app.setErrorHandler(handleError);
  app.get("/boom", async () => {
    throw error;
  });
  return app;
}

const driverError = (message: string, code?: string) =>
  Object.assign(new Error(message), code ? { code } : {});

describe("database unavailable", () => {
  it.each([
    ["a refused connection", driverError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    [
      "an administrator shutdown",
      driverError("terminating connection due to administrator command", "57P01"),
    ],
    ["a database starting up", driverError("the database system is starting up", "57P03")],
    ["a connection exception", driverError("connection failure", "08006")],
    ["a connection lost mid-query", driverError("Connection terminated unexpectedly")],
    ["a pool that waited too long", driverError("timeout exceeded when trying to connect")],
    ["a broken client", driverError("Client has encountered a connection error and is not queryable")],
    [
      "a driver error wrapped by the ORM",
      new Error("Failed query: select …", { cause: driverError("read ECONNRESET", "ECONNRESET") }),
    ],
  ])("answers 503 to %s", async (_label, error) => {
    const res = await appThrowing(error).inject({ url: "/boom" });
    expect(res.statusCode).toBe(503);
    expect(res.headers["retry-after"]).toBe("5");
    expect(res.json().error).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: expect.stringMatching(/database/),
    });
    expect(res.body).not.toMatch(/ECONN|administrator|Failed query|127\.0\.0\.1/);
  });

  it("still answers 500 to other failures", async () => {
    const res = await appThrowing(driverError("division by zero", "22012")).inject({ url: "/boom" });
    expect(res.statusCode).toBe(500);
  });
});
