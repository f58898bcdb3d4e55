/** Shared steps of the documents route tests (one app per test file). */
import { afterAll, beforeAll, expect } from "vitest";
import type { DocumentView, PublicationView } from "@openaims/core";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "./test-app.js";

export const url = "/api/v1/documents";
export type Role = keyof TestApp["tokens"];
type Headers = Record<string, string>;

export const POLICY = {
  title: "AI policy",
  kind: "policy",
  summary: "How we develop and use AI responsibly.",
  content: "# AI policy\n\nWe use AI responsibly.\n\nOwner: the CTO.\n",
  reviewEveryMonths: 12,
};

/** A test app for the file (catalogs loaded when asked) and request helpers bound to it. */
export function useDocumentsApp(options: { withCatalogs?: boolean } = {}) {
  const h = { t: undefined as unknown as TestApp };
  beforeAll(async () => {
    h.t = await createTestApp({}, options);
  });
  afterAll(async () => h.t?.close());

  const headersOf = (who: Role | Headers): Headers =>
    typeof who === "string" ? bearer(h.t.tokens[who]) : who;
  const call = (method: "GET" | "POST" | "PATCH", path: string, who: Role | Headers, payload?: object) =>
    h.t.app.inject({ method, url: path, headers: headersOf(who), payload });
  const get = (path: string, who: Role | Headers) => call("GET", path, who);

  async function create(extra: object = {}, who: Role | Headers = "contributor") {
    const res = await call("POST", url, who, { ...POLICY, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as DocumentView;
  }
  async function submit(doc: DocumentView, who: Role | Headers = "contributor", changeNote = "") {
    const res = await call("POST", `${url}/${doc.id}/submit`, who, { version: doc.version, changeNote });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as DocumentView;
  }
  async function decide(doc: DocumentView, who: Role | Headers, decision = "approve", comment = "") {
    const res = await call("POST", `${url}/${doc.id}/decision`, who, { decision, comment });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as DocumentView;
  }
  /** A policy written and submitted by the contributor and approved by a manager. */
  async function approved(extra: object = {}) {
    return decide(await submit(await create(extra)), "manager");
  }
  async function publish(doc: { id: string }, body: object, who: Role | Headers = "contributor") {
    const res = await call("POST", `${url}/${doc.id}/publications`, who, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as PublicationView;
  }
  async function unit(name: string) {
    const res = await call("POST", "/api/v1/business-units", "admin", { name });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; key: string };
  }
  /** A user created by the administrator and signed in by cookie (as a browser would be). */
  async function person(email: string, role: Role = "contributor", businessUnitIds: string[] = []) {
    const res = await call("POST", "/api/v1/users", "admin", {
      email,
      name: email.split("@")[0],
      role,
      password: TEST_PASSWORD,
      businessUnitIds,
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = await signIn(h.t.app, email);
    return {
      id: (res.json() as { id: string }).id,
      email,
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
    };
  }
  return { h, call, get, create, submit, decide, approved, publish, unit, person };
}
