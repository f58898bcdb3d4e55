/**
 * The records the object-level access tests walk: the same set of records in business unit A, in
 * unit B and organization-wide (no unit), made by an administrator through the API, and a
 * contributor and a viewer limited to unit A (ISO/IEC 42001 5.3 roles, A.3.2 responsibilities).
 */
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Role } from "@openaims/core";
import { systemContext } from "../../services/context.js";
import { createToken } from "../../services/tokens/tokens-service.js";
import { createUser } from "../../services/users/users-service.js";
import { bearer, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";
import { multipart, PDF } from "../../test-support/evidence.js";

/** A word every record's name carries, so one search would find them all. */
export const SEARCH_WORD = "Zephyr";

type Ref = { id: string; key?: string; version: number };

/** One unit's records; ids of sub-records are those the routes name after the parent's id. */
export type Records = {
  tag: string;
  unitId: string | null;
  aiSystem: Ref & { name: string };
  resource: Ref;
  risk: Ref;
  riskAction: Ref;
  evidenceFile: Ref;
  evidenceLink: Ref;
  assessment: Ref & { key: string };
  document: Ref & { key: string };
  publicationId: string;
  vendor: Ref;
  contactId: string;
  certificationId: string;
  campaign: Ref;
};

export type World = {
  unitA: string;
  unitB: string;
  /** A published questionnaire template. */
  templateId: string;
  A: Records;
  B: Records;
  org: Records;
  /** Bearer headers of people limited to unit A. */
  contributorA: Record<string, string>;
  viewerA: Record<string, string>;
};

async function call(t: TestApp, method: string, url: string, payload?: object, role: Role = "admin") {
  const res = await t.app.inject({
    method: method as "POST",
    url,
    headers: bearer(t.tokens[role]),
    payload,
  });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

let people = 0;
async function scopedPerson(t: TestApp, role: Role, unitId: string) {
  const ctx = systemContext(t.database.db, "test");
  const user = await createUser(ctx, {
    email: `scoped-${role}-${++people}@example.org`,
    name: `scoped ${role} ${people}`,
    role,
    password: TEST_PASSWORD,
    businessUnitIds: [unitId],
  });
  return bearer((await createToken(ctx, user.id, { name: "scoped", expiresInDays: 1 })).token);
}

async function records(
  t: TestApp,
  tag: string,
  unitId: string | null,
  setup: { templateId: string; audienceUnitId: string },
): Promise<Records> {
  const name = (what: string) => `${tag} ${SEARCH_WORD} ${what}`;
  const aiSystem = await call(t, "POST", "/api/v1/ai-systems", {
    name: name("system"),
    purpose: "Answer customer questions",
    lifecycleStage: "design",
    businessUnitId: unitId,
  });
  const resource = await call(t, "POST", `/api/v1/ai-systems/${aiSystem.id}/resources`, {
    kind: "data",
    name: name("training data"),
  });
  const risk = await call(t, "POST", "/api/v1/risks", {
    title: name("risk"),
    businessUnitId: unitId,
    aiSystemId: aiSystem.id,
    inherentLikelihood: 4,
    inherentImpact: 4,
    residualLikelihood: 3,
    residualImpact: 3,
  });
  const riskAction = await call(t, "POST", `/api/v1/risks/${risk.id}/actions`, { title: name("action") });
  const form = multipart(
    {
      title: name("test report"),
      ...(unitId ? { businessUnitId: unitId } : {}),
      links: JSON.stringify([{ targetType: "risk", targetId: risk.id }]),
    },
    { name: `${tag}-report.pdf`, bytes: PDF(tag) },
  );
  const upload = await t.app.inject({
    method: "POST",
    url: "/api/v1/evidence/files",
    headers: { ...bearer(t.tokens.admin), "content-type": form.contentType },
    payload: form.payload,
  });
  expect(upload.statusCode, upload.body).toBe(201);
  const evidenceLink = await call(t, "POST", "/api/v1/evidence", {
    title: name("policy page"),
    url: `https://${tag.toLowerCase()}.example.org/policy`,
    businessUnitId: unitId,
  });
  const assessment = await call(t, "POST", "/api/v1/impact-assessments", {
    aiSystemId: aiSystem.id,
    templateId: "ai-system-impact",
    title: name("impact assessment"),
  });
  const draft = await call(t, "POST", "/api/v1/documents", {
    title: name("policy"),
    kind: "policy",
    content: `# ${tag} policy\n\nWe use AI responsibly.\n`,
    businessUnitId: unitId,
  });
  const submitted = await call(t, "POST", `/api/v1/documents/${draft.id}/submit`, { version: draft.version });
  await call(t, "POST", `/api/v1/documents/${draft.id}/decision`, { decision: "approve" }, "manager");
  const publication = await call(t, "POST", `/api/v1/documents/${draft.id}/publications`, {
    businessUnitIds: [unitId ?? setup.audienceUnitId],
  });
  const document = await call(t, "GET", `/api/v1/documents/${draft.id}`);
  expect(submitted.status).toBe("in_review");
  const vendor = await call(t, "POST", "/api/v1/vendors", { name: name("vendor"), businessUnitId: unitId });
  await call(t, "POST", `/api/v1/vendors/${vendor.id}/contacts`, {
    name: `${tag} Contact`,
    email: `${tag.toLowerCase()}@vendor.example`,
  });
  await call(t, "POST", `/api/v1/vendors/${vendor.id}/certifications`, {
    kind: "iso_27001",
    label: name("certificate"),
  });
  await call(t, "PUT", `/api/v1/vendors/${vendor.id}/ai-systems/${aiSystem.id}`, { component: "model" });
  const vendorNow = await call(t, "GET", `/api/v1/vendors/${vendor.id}`);
  const campaign = (
    await call(t, "POST", "/api/v1/vendor-campaigns", {
      vendorId: vendor.id,
      templateId: setup.templateId,
      contactId: vendorNow.contacts[0].id,
      dueOn: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
    })
  ).campaign;
  return {
    tag,
    unitId,
    aiSystem: await call(t, "GET", `/api/v1/ai-systems/${aiSystem.id}`),
    resource,
    risk: await call(t, "GET", `/api/v1/risks/${risk.id}`),
    riskAction,
    evidenceFile: await call(t, "GET", `/api/v1/evidence/${upload.json().id}`),
    evidenceLink,
    assessment,
    document,
    publicationId: publication.id,
    vendor: vendorNow,
    contactId: vendorNow.contacts[0].id,
    certificationId: vendorNow.certifications[0].id,
    campaign,
  };
}

/** Builds units A and B, the same records in A, B and organization-wide, and the people of unit A. */
export async function buildWorld(t: TestApp): Promise<World> {
  const unitA = (await call(t, "POST", "/api/v1/business-units", { name: "Unit A" })).id as string;
  const unitB = (await call(t, "POST", "/api/v1/business-units", { name: "Unit B" })).id as string;
  const adopted = await call(t, "POST", "/api/v1/questionnaire-templates/builtin/ai-vendor/adopt", {});
  const template = await call(t, "POST", `/api/v1/questionnaire-templates/${adopted.id}/publish`, {
    version: adopted.version,
  });
  // The people first, so publications to unit A reach them.
  const contributorA = await scopedPerson(t, "contributor", unitA);
  const viewerA = await scopedPerson(t, "viewer", unitA);
  await scopedPerson(t, "viewer", unitB);
  const setup = { templateId: template.id as string, audienceUnitId: unitA };
  return {
    unitA,
    unitB,
    templateId: template.id as string,
    A: await records(t, "Alpha", unitA, setup),
    B: await records(t, "Bravo", unitB, setup),
    org: await records(t, "Orgwide", null, setup),
    contributorA,
    viewerA,
  };
}

/** Each by-id route family, with the record its `:id` names. */
const FAMILIES: [prefix: string, idOf: (r: Records) => string][] = [
  ["/api/v1/ai-systems/:id", (r) => r.aiSystem.id],
  ["/api/v1/ai-system-resources/:id", (r) => r.resource.id],
  ["/api/v1/risks/:id", (r) => r.risk.id],
  ["/api/v1/evidence/:id", (r) => r.evidenceFile.id],
  ["/api/v1/impact-assessments/:id", (r) => r.assessment.id],
  ["/api/v1/documents/:id", (r) => r.document.id],
  ["/api/v1/document-publications/:publicationId", (r) => r.publicationId],
  ["/api/v1/vendors/:id", (r) => r.vendor.id],
  ["/api/v1/vendor-campaigns/:id", (r) => r.campaign.id],
];

/** Routes of the families not walked here, and where they are tested instead. */
const ELSEWHERE = new Set([
  // Needs a file a vendor uploaded through the portal: vendor-review-scope.test.ts.
  "GET /api/v1/vendor-campaigns/:id/files/:fileId",
]);

/** Every API route that names one record of the families above by id, as `METHOD url`. */
export function byIdRoutes(routes: { method: string; url: string }[]): string[] {
  return routes
    .map((r) => `${r.method} ${r.url}`)
    .filter((r) => FAMILIES.some(([prefix]) => r.split(" ")[1]!.startsWith(prefix)) && !ELSEWHERE.has(r));
}

/** The route's URL naming the records of `r` (sub-records of the same unit). */
export function urlFor(route: string, r: Records): string {
  const url = route.split(" ")[1]!;
  const [, idOf] = FAMILIES.find(([prefix]) => url.startsWith(prefix))!;
  return url
    .replace(/:id\b|:publicationId\b/, idOf(r))
    .replace(":actionId", r.riskAction.id)
    .replace(":contactId", r.contactId)
    .replace(":certificationId", r.certificationId)
    .replace(":aiSystemId", r.aiSystem.id)
    .replace(":number", "1");
}

/** The query string a read route needs to answer. */
export const READ_QUERIES: Record<string, string> = {
  "GET /api/v1/impact-assessments/:id/export": "format=pdf",
  "GET /api/v1/documents/:id/diff": "from=1",
};

/** Replaces every UUID, so two error bodies can be compared apart from the ids they name. */
export const withoutIds = (body: string) =>
  body.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<id>");

/** Records that do not exist: what a 404 for a hidden record must look like. */
export function unknownRecords(): Records {
  const ref = () => ({ id: randomUUID(), key: "X-0", version: 1 });
  return {
    tag: "Unknown",
    unitId: null,
    aiSystem: { ...ref(), name: "" },
    resource: ref(),
    risk: ref(),
    riskAction: ref(),
    evidenceFile: ref(),
    evidenceLink: ref(),
    assessment: { ...ref(), key: "IA-0" },
    document: { ...ref(), key: "DOC-0" },
    publicationId: randomUUID(),
    vendor: ref(),
    contactId: randomUUID(),
    certificationId: randomUUID(),
    campaign: ref(),
  };
}
