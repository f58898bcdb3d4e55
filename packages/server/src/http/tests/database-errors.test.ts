/** Database refusals a client can resolve get 409, never 500, and never the database's wording. */
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

const pgError = (code: string) =>
  Object.assign(
    new Error('duplicate key value violates unique constraint "impact_assessments_revision_uq"'),
    {
      code,
    },
  );

describe("database errors", () => {
  it.each([
    ["a unique key race", pgError("23505")],
    ["a serialization failure", pgError("40001")],
    ["a deadlock", pgError("40P01")],
    ["a driver error wrapped by the ORM", new Error("Failed query: insert …", { cause: pgError("23505") })],
  ])("answers 409 CONFLICT to %s without leaking the SQL", async (_label, error) => {
    const res = await appThrowing(error).inject({ url: "/boom" });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("CONFLICT");
    expect(res.body).not.toMatch(/constraint|duplicate|insert/i);
  });

  it("still answers 500 with a request id to anything else", async () => {
    const res = await appThrowing(pgError("23503")).inject({ url: "/boom" });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.message).toMatch(/request id/);
    expect(res.body).not.toMatch(/constraint/);
  });
});
