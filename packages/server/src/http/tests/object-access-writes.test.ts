/**
 * Object-level write access (ARCHITECTURE rule 9; ISO/IEC 42001 A.3.2): a contributor limited to unit
 * A changes nothing of unit B's — on every route that names a record by id, the answer is 404 (the
 * record does not exist for them) and no row or audit event moves — and may read but not change the
 * organization-wide records (403). The same requests on unit A's records go through, so the refusals
 * come from the unit and not from a wrong body.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import { buildWorld, byIdRoutes, urlFor, type Records, type World } from "./object-access-world.js";

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 100_000 });
  w = await buildWorld(t);
}, 120_000);
afterAll(async () => t?.close());

type Request = { query?: string; payload?: object };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A body each write route accepts for the records of `r` (every by-id write route must be here). */
const WRITES: Record<string, (r: Records) => Request> = {
  "PATCH /api/v1/ai-systems/:id": (r) => ({ payload: { version: r.aiSystem.version, purpose: "Changed" } }),
  "POST /api/v1/ai-systems/:id/resources": () => ({ payload: { kind: "data", name: "More data" } }),
  "PATCH /api/v1/ai-system-resources/:id": (r) => ({ payload: { version: r.resource.version, name: "X" } }),
  "DELETE /api/v1/ai-system-resources/:id": (r) => ({ query: `version=${r.resource.version}` }),
  "PATCH /api/v1/risks/:id": (r) => ({ payload: { version: r.risk.version, description: "Changed" } }),
  "POST /api/v1/risks/:id/actions": () => ({ payload: { title: "Another action" } }),
  "PATCH /api/v1/risks/:id/actions/:actionId": (r) => ({
    payload: { version: r.riskAction.version, status: "in_progress" },
  }),
  "POST /api/v1/risks/:id/acceptance": (r) => ({
    payload: { version: r.risk.version, acceptedUntil: day(90), justification: "The owner accepts it" },
  }),
  "POST /api/v1/risks/:id/acceptance/decision": () => ({ payload: { decision: "approve" } }),
  "PATCH /api/v1/evidence/:id": (r) => ({ payload: { version: r.evidenceFile.version, description: "X" } }),
  "DELETE /api/v1/evidence/:id": (r) => ({ query: `version=${r.evidenceFile.version}` }),
  "POST /api/v1/evidence/:id/links": (r) => ({
    payload: { targetType: "ai_system", targetId: r.aiSystem.id },
  }),
  "DELETE /api/v1/evidence/:id/links": (r) => ({ query: `targetType=risk&targetId=${r.risk.id}` }),
  "PATCH /api/v1/impact-assessments/:id": (r) => ({ payload: { version: r.assessment.version, title: "X" } }),
  "POST /api/v1/impact-assessments/:id/submit": (r) => ({ payload: { version: r.assessment.version } }),
  "POST /api/v1/impact-assessments/:id/decision": () => ({ payload: { decision: "approve" } }),
  "POST /api/v1/impact-assessments/:id/revisions": () => ({}),
  "POST /api/v1/impact-assessments/:id/risks": () => ({ payload: { row: 0 } }),
  "PATCH /api/v1/documents/:id": (r) => ({ payload: { version: r.document.version, summary: "Changed" } }),
  "POST /api/v1/documents/:id/submit": (r) => ({ payload: { version: r.document.version } }),
  "POST /api/v1/documents/:id/decision": () => ({ payload: { decision: "approve" } }),
  "POST /api/v1/documents/:id/reviewed": (r) => ({ payload: { version: r.document.version } }),
  "POST /api/v1/documents/:id/retire": (r) => ({ payload: { version: r.document.version } }),
  "POST /api/v1/documents/:id/reinstate": (r) => ({ payload: { version: r.document.version } }),
  "POST /api/v1/documents/:id/publications": (r) => ({ payload: { businessUnitIds: [r.unitId ?? w.unitA] } }),
  "PATCH /api/v1/vendors/:id": (r) => ({ payload: { version: r.vendor.version, notes: "Changed" } }),
  "DELETE /api/v1/vendors/:id": (r) => ({ query: `version=${r.vendor.version}` }),
  "POST /api/v1/vendors/:id/contacts": () => ({ payload: { name: "New", email: "new@vendor.example" } }),
  "PATCH /api/v1/vendors/:id/contacts/:contactId": () => ({ payload: { title: "CTO" } }),
  "DELETE /api/v1/vendors/:id/contacts/:contactId": () => ({}),
  "POST /api/v1/vendors/:id/certifications": () => ({ payload: { kind: "soc2_type2" } }),
  "PATCH /api/v1/vendors/:id/certifications/:certificationId": () => ({ payload: { issuer: "Certifier" } }),
  "DELETE /api/v1/vendors/:id/certifications/:certificationId": () => ({}),
  "PUT /api/v1/vendors/:id/ai-systems/:aiSystemId": () => ({ payload: { component: "hosting" } }),
  "DELETE /api/v1/vendors/:id/ai-systems/:aiSystemId": () => ({}),
  "POST /api/v1/vendors/:id/rating": (r) => ({
    payload: { version: r.vendor.version, rating: "high", reason: "Changed hands" },
  }),
  "POST /api/v1/vendors/:id/review": () => ({ payload: {} }),
  "POST /api/v1/vendor-campaigns/:id/revoke": (r) => ({ payload: { version: r.campaign.version } }),
  "POST /api/v1/vendor-campaigns/:id/extend": (r) => ({
    payload: { version: r.campaign.version, dueOn: day(20) },
  }),
  "POST /api/v1/vendor-campaigns/:id/reissue-link": (r) => ({ payload: { version: r.campaign.version } }),
  "PUT /api/v1/vendor-campaigns/:id/scores": (r) => ({
    payload: { version: r.campaign.version, overrides: {} },
  }),
  "POST /api/v1/vendor-campaigns/:id/follow-ups": (r) => ({
    payload: { version: r.campaign.version, questions: [{ question: "Why?" }] },
  }),
  "POST /api/v1/vendor-campaigns/:id/accept": (r) => ({ payload: { version: r.campaign.version } }),
  "POST /api/v1/vendor-campaigns/:id/risk": (r) => ({ payload: { version: r.campaign.version } }),
};

const send = (route: string, r: Records, headers: Record<string, string>) => {
  const { query, payload } = WRITES[route]!(r);
  return t.app.inject({
    method: route.split(" ")[0] as "POST",
    url: `${urlFor(route, r)}${query ? `?${query}` : ""}`,
    headers,
    payload,
  });
};

/** What a refused write must leave as it was: unit B's rows and the audit trail. */
async function snapshot() {
  const tables = [
    "ai_systems",
    "ai_system_resources",
    "risks",
    "risk_actions",
    "evidence",
    "evidence_links",
    "impact_assessments",
    "documents",
    "document_publications",
    "vendors",
    "vendor_contacts",
    "vendor_certifications",
    "vendor_ai_systems",
    "vendor_campaigns",
  ];
  const rows: Record<string, unknown> = {};
  for (const table of tables) rows[table] = await t.database.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
  const [audit] = await t.database.query("SELECT count(*)::int AS n FROM audit_events");
  return { rows: JSON.stringify(rows), audit: (audit as { n: number }).n };
}

describe("mixing one unit's record with another's", () => {
  it("refuses to reach unit B's sub-records or targets through unit A's records", async () => {
    const { A, B } = w;
    const as = w.contributorA;
    const call = (method: string, url: string, payload?: object) =>
      t.app.inject({ method: method as "POST", url, headers: as, payload });
    const before = await snapshot();
    const refused = [
      await call("PATCH", `/api/v1/risks/${A.risk.id}/actions/${B.riskAction.id}`, {
        version: 1,
        title: "X",
      }),
      await call("PATCH", `/api/v1/vendors/${A.vendor.id}/contacts/${B.contactId}`, { title: "X" }),
      await call("DELETE", `/api/v1/vendors/${A.vendor.id}/certifications/${B.certificationId}`),
      await call("PUT", `/api/v1/vendors/${A.vendor.id}/ai-systems/${B.aiSystem.id}`, { component: "x" }),
      await call("POST", `/api/v1/evidence/${A.evidenceFile.id}/links`, {
        targetType: "risk",
        targetId: B.risk.id,
      }),
      await call("PATCH", `/api/v1/risks/${A.risk.id}`, {
        version: A.risk.version,
        aiSystemId: B.aiSystem.id,
      }),
      await call("POST", "/api/v1/impact-assessments", { aiSystemId: B.aiSystem.id, templateId: "eu-fria" }),
      await call("POST", "/api/v1/vendor-campaigns", {
        vendorId: B.vendor.id,
        templateId: w.templateId,
        contactId: B.contactId,
        dueOn: day(10),
      }),
    ];
    for (const res of refused) expect([400, 404], res.body).toContain(res.statusCode);
    // Moving a record of one's own unit into another unit is a change there: refused too.
    const moves = [
      await call("PATCH", `/api/v1/ai-systems/${A.aiSystem.id}`, {
        version: A.aiSystem.version,
        businessUnitId: w.unitB,
      }),
      await call("PATCH", `/api/v1/evidence/${A.evidenceLink.id}`, {
        version: A.evidenceLink.version,
        businessUnitId: w.unitB,
      }),
      await call("POST", "/api/v1/risks", {
        title: "Into B",
        businessUnitId: w.unitB,
        inherentLikelihood: 1,
        inherentImpact: 1,
        residualLikelihood: 1,
        residualImpact: 1,
      }),
    ];
    for (const res of moves) expect(res.statusCode, res.body).toBe(403);
    expect(await snapshot()).toEqual(before);
    // An administrator is not limited: the same link is made (so the refusals above were the unit's).
    const admin = await t.app.inject({
      method: "PUT",
      url: `/api/v1/vendors/${A.vendor.id}/ai-systems/${B.aiSystem.id}`,
      headers: bearer(t.tokens.admin),
      payload: { component: "x" },
    });
    expect(admin.statusCode, admin.body).toBe(200);
  });
});

describe("changing another unit's record by id", () => {
  const writeRoutes = () => byIdRoutes(t.app.aimsRoutes).filter((r) => !r.startsWith("GET "));
  const permissionOf = (route: string) =>
    t.app.aimsRoutes.find((r) => `${r.method} ${r.url}` === route)!.permission;

  it("has a body for every by-id write route", () => {
    expect(writeRoutes().filter((r) => !WRITES[r])).toEqual([]);
    expect(writeRoutes().length).toBeGreaterThan(40);
  });

  it("answers 404 to a contributor of unit A and changes nothing", async () => {
    const before = await snapshot();
    for (const route of writeRoutes()) {
      const res = await send(route, w.B, w.contributorA);
      const label = `${route} -> ${res.statusCode} ${res.body.slice(0, 160)}`;
      if (permissionOf(route) === "records:approve") expect(res.statusCode, label).toBe(403);
      else {
        expect(res.statusCode, label).toBe(404);
        expect(res.json().error.code, label).toBe("NOT_FOUND");
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("answers 403 to a viewer of unit A on every write, changing nothing", async () => {
    const before = await snapshot();
    for (const route of writeRoutes()) {
      const res = await send(route, w.B, w.viewerA);
      const label = `${route} -> ${res.statusCode} ${res.body.slice(0, 160)}`;
      // Decisions are open to whoever a step names; another unit's record is not found first.
      if (permissionOf(route) === "authenticated") expect(res.statusCode, label).toBe(404);
      else expect(res.statusCode, label).toBe(403);
      if (permissionOf(route) !== "authenticated")
        expect((await send(route, w.A, w.viewerA)).statusCode, route).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets a contributor of unit A read but not change an organization-wide record", async () => {
    const before = await snapshot();
    // Decisions are left out: whoever an approval step names decides, whatever their units.
    for (const route of writeRoutes().filter((r) => permissionOf(r) !== "authenticated")) {
      const res = await send(route, w.org, w.contributorA);
      const label = `${route} -> ${res.statusCode} ${res.body.slice(0, 160)}`;
      expect(res.statusCode, label).toBe(403);
      expect(res.json().error.code, label).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets the same requests through on unit A's records", async () => {
    // Deletions last, sub-records before their parent, so each request finds what it names.
    const order = (route: string) => (route.startsWith("DELETE ") ? 10 - route.split(":").length : 0);
    const routes = writeRoutes()
      .filter((r) => permissionOf(r) !== "records:approve")
      .sort((a, b) => order(a) - order(b));
    for (const route of routes) {
      const res = await send(route, w.A, w.contributorA);
      const label = `${route} -> ${res.statusCode} ${res.body.slice(0, 200)}`;
      // A stale version (409) or a rule of the record's state (400, 422) is fine: not the unit.
      expect([401, 403, 404], label).not.toContain(res.statusCode);
    }
  });
});
