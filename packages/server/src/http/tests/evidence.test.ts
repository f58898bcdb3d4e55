import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvidenceDetail } from "@openaims/core";
import { documents } from "../../db/schema/index.js";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";
import { day, evidenceRowCounts, multipart, PDF } from "../../test-support/evidence.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

const url = "/api/v1/evidence";
type Role = keyof TestApp["tokens"];
const get = (path: string, role: Role = "viewer") =>
  t.app.inject({ url: path, headers: bearer(t.tokens[role]) });
const send = (
  method: "POST" | "PATCH" | "DELETE",
  path: string,
  payload?: object,
  role: Role = "contributor",
) => t.app.inject({ method, url: path, headers: bearer(t.tokens[role]), payload });

async function addLink(extra: object = {}): Promise<EvidenceDetail> {
  const res = await send("POST", url, { title: "Model card", url: "https://example.org/card", ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function created(path: string, body: object) {
  const res = await send("POST", path, body, "admin");
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; key: string };
}

describe("evidence links and metadata", () => {
  it("records an http(s) link and refuses any other scheme", async () => {
    const item = await addLink({ description: "Published card", ownerId: t.users.contributor.id });
    expect(item).toMatchObject({
      kind: "link",
      url: "https://example.org/card",
      state: "current",
      links: [],
    });
    for (const bad of ["javascript:alert(1)", "ftp://example.org/x", "data:text/html,hi", "example.org"]) {
      const res = await send("POST", url, { title: "Bad", url: bad });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.message).toMatch(/http:\/\/ or https:\/\//);
    }
  });

  it("computes the state from the dates, in the list filter and on each item, with the stale reason", async () => {
    const tag = "statecheck";
    const expired = await addLink({ title: `${tag} expired`, validUntil: day(-1) });
    const expiring = await addLink({ title: `${tag} expiring`, validUntil: day(10) });
    const current = await addLink({ title: `${tag} current`, validUntil: day(90) });
    const future = await addLink({ title: `${tag} future`, effectiveOn: day(2), validUntil: day(400) });
    expect([expired.state, expiring.state, current.state, future.state]).toEqual([
      "expired",
      "expiring",
      "current",
      "not_yet_effective",
    ]);
    expect(expired.staleReason).toBe(`evidence ${expired.key} "${tag} expired" expired on ${day(-1)}`);
    expect(future.staleReason).toMatch(/is not effective until/);
    expect(current.staleReason).toBeNull();
    for (const [state, item] of [
      ["expired", expired],
      ["expiring", expiring],
      ["current", current],
      ["not_yet_effective", future],
    ] as const) {
      const page = (await get(`${url}?state=${state}&q=${tag}`)).json();
      expect(
        page.items.map((i: EvidenceDetail) => i.key),
        state,
      ).toEqual([item.key]);
      expect(page.total).toBe(1);
    }
    const read = (await get(`${url}/${expired.id}`)).json();
    expect(read).toMatchObject({ state: "expired", staleReason: expect.stringContaining("expired on") });
  });

  it("searches titles and keys and pages the list", async () => {
    const item = await addLink({ title: "Unique searchable penguin" });
    expect((await get(`${url}?q=penguin`)).json().items.map((i: EvidenceDetail) => i.id)).toEqual([item.id]);
    expect((await get(`${url}?q=${item.key}`)).json().items.map((i: EvidenceDetail) => i.id)).toContain(
      item.id,
    );
    const page = (await get(`${url}?limit=2&offset=0`)).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect((await get(`${url}?limit=500`)).statusCode).toBe(400);
  });

  it("updates metadata with the version read, refusing stale versions and reversed dates", async () => {
    const item = await addLink({ title: "Pen test summary" });
    const ok = await send("PATCH", `${url}/${item.id}`, { version: 1, validUntil: day(5), source: "vendor" });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, validUntil: day(5), state: "expiring", source: "vendor" });
    const stale = await send("PATCH", `${url}/${item.id}`, { version: 1, title: "Lost update" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    const reversed = await send("PATCH", `${url}/${item.id}`, { version: 2, effectiveOn: day(10) });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.message).toMatch(/validUntil: must be on or after the effective date/);
    const unknownOwner = await send("PATCH", `${url}/${item.id}`, {
      version: 2,
      ownerId: crypto.randomUUID(),
    });
    expect(unknownOwner.statusCode).toBe(400);
    expect((await get(`${url}/${item.id}`)).json()).toMatchObject({ version: 2, title: "Pen test summary" });
  });

  it("refuses an address on a file item", async () => {
    const body = multipart({ title: "Scan" }, { name: "scan.pdf", bytes: PDF() });
    const file = await t.app.inject({
      method: "POST",
      url: `${url}/files`,
      headers: { ...bearer(t.tokens.contributor), "content-type": body.contentType },
      payload: body.payload,
    });
    const res = await send("PATCH", `${url}/${file.json().id}`, { version: 1, url: "https://example.org" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/only link evidence has an address/);
  });
});

describe("linking evidence to what it supports", () => {
  it("links controls, requirements, risks, AI systems and documents that exist; refuses unknown records", async () => {
    const control = await created("/api/v1/controls", { code: "EV-CTL-1", title: "Access review" });
    const risk = await created("/api/v1/risks", {
      title: "Unreviewed access",
      inherentLikelihood: 3,
      inherentImpact: 3,
      residualLikelihood: 2,
      residualImpact: 2,
    });
    const system = await created("/api/v1/ai-systems", { name: "Ranker", lifecycleStage: "design" });
    const [doc] = await t.database.db
      .insert(documents)
      .values({ key: "DOC-900", title: "AI policy", kind: "policy", status: "draft" })
      .returning();
    const item = await addLink({ title: "Access review log" });
    const targets = [
      { targetType: "control", targetId: control.id },
      { targetType: "requirement", targetId: "iso-iec-42001:2023/A.6.2.4" },
      { targetType: "risk", targetId: risk.id },
      { targetType: "ai_system", targetId: system.id },
      { targetType: "document", targetId: doc!.id },
    ];
    let detail: EvidenceDetail | undefined;
    for (const target of targets) {
      const res = await send("POST", `${url}/${item.id}/links`, target);
      expect(res.statusCode, res.body).toBe(200);
      detail = res.json();
    }
    expect(detail!.links.map((l) => [l.targetType, l.label])).toEqual([
      ["control", "EV-CTL-1 Access review"],
      ["requirement", expect.stringMatching(/^A\.6\.2\.4 /)],
      ["risk", `${risk.key} Unreviewed access`],
      ["ai_system", `${system.key} Ranker`],
      ["document", "DOC-900 AI policy"],
    ]);
    expect(detail!.version).toBe(1);
    const again = await send("POST", `${url}/${item.id}/links`, targets[0]!);
    expect(again.statusCode).toBe(409);

    const byControl = (await get(`${url}?targetType=control&targetId=${control.id}`)).json();
    expect(byControl.items.map((i: EvidenceDetail) => i.id)).toEqual([item.id]);
    expect(byControl.items[0].linkCount).toBe(5);
    expect((await get(`${url}?targetId=${control.id}`)).statusCode).toBe(400);

    const vendor = await send("POST", `${url}/${item.id}/links`, {
      targetType: "vendor",
      targetId: control.id,
    });
    // A control's id is no vendor: refused like any unknown target (linking a real vendor: vendors-parts.test.ts).
    expect(vendor.statusCode).toBe(400);
    expect(vendor.json().error.message).toMatch(/unknown vendor/);
    for (const bad of [
      { targetType: "control", targetId: crypto.randomUUID() },
      { targetType: "control", targetId: "CTL-1" },
      { targetType: "requirement", targetId: "iso-iec-42001:2023/Z.9" },
      { targetType: "risk", targetId: control.id },
    ]) {
      const res = await send("POST", `${url}/${item.id}/links`, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.message).toMatch(/unknown|must be the id/);
    }

    const unlink = await t.app.inject({
      method: "DELETE",
      url: `${url}/${item.id}/links?targetType=requirement&targetId=${encodeURIComponent("iso-iec-42001:2023/A.6.2.4")}`,
      headers: bearer(t.tokens.contributor),
    });
    expect(unlink.statusCode, unlink.body).toBe(200);
    expect(unlink.json().links).toHaveLength(4);
    const twice = await t.app.inject({
      method: "DELETE",
      url: `${url}/${item.id}/links?targetType=requirement&targetId=${encodeURIComponent("iso-iec-42001:2023/A.6.2.4")}`,
      headers: bearer(t.tokens.contributor),
    });
    expect(twice.statusCode).toBe(404);

    // Deleting needs the links gone first, then the version read.
    const linked = await send("DELETE", `${url}/${item.id}?version=1`);
    expect(linked.statusCode).toBe(422);
    expect(linked.json().error.message).toMatch(/supports 4 records; unlink it/);
    for (const target of targets.filter((x) => x.targetType !== "requirement")) {
      const q = new URLSearchParams(target).toString();
      const res = await t.app.inject({
        method: "DELETE",
        url: `${url}/${item.id}/links?${q}`,
        headers: bearer(t.tokens.contributor),
      });
      expect(res.statusCode).toBe(200);
    }
    expect((await send("DELETE", `${url}/${item.id}?version=7`)).statusCode).toBe(409);
    expect((await send("DELETE", `${url}/${item.id}?version=1`)).statusCode).toBe(204);
    expect((await get(`${url}/${item.id}`)).statusCode).toBe(404);
  });

  it("creates with links in one step, all or nothing", async () => {
    const control = await created("/api/v1/controls", { code: "EV-CTL-2", title: "Logging" });
    const before = await evidenceRowCounts(t.database);
    const bad = await send("POST", url, {
      title: "Half linked",
      url: "https://example.org/x",
      links: [
        { targetType: "control", targetId: control.id },
        { targetType: "control", targetId: crypto.randomUUID() },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^links\.1\.targetId: unknown control/);
    expect(await evidenceRowCounts(t.database)).toEqual(before);
    const good = await addLink({ links: [{ targetType: "control", targetId: control.id }] });
    expect(good.links).toHaveLength(1);
  });

  it("records every change in the audit trail", async () => {
    const item = await addLink({ title: "Audited" });
    await send("PATCH", `${url}/${item.id}`, { version: 1, title: "Audited again" });
    const events = (await get(`/api/v1/audit-events?entityId=${item.id}`, "admin")).json();
    const actions = events.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["evidence.created", "evidence.updated"]));
  });
});

describe("business-unit scoping", () => {
  it("hides another unit's evidence and its file from a contributor limited to one unit", async () => {
    const unit = async (name: string) => created("/api/v1/business-units", { name });
    const [unitA, unitB] = [await unit("Evidence unit A"), await unit("Evidence unit B")];
    const user = await send(
      "POST",
      "/api/v1/users",
      {
        email: "scoped-evidence@example.org",
        name: "Scoped",
        role: "contributor",
        password: TEST_PASSWORD,
        businessUnitIds: [unitA.id],
      },
      "admin",
    );
    expect(user.statusCode, user.body).toBe(201);
    const s = await signIn(t.app, "scoped-evidence@example.org");
    const headers = { cookie: s.cookie, "x-csrf-token": s.csrf };

    const body = multipart(
      { title: "Unit B secret", businessUnitId: unitB.id },
      { name: "b.pdf", bytes: PDF("b") },
    );
    const other = await t.app.inject({
      method: "POST",
      url: `${url}/files`,
      headers: { ...bearer(t.tokens.admin), "content-type": body.contentType },
      payload: body.payload,
    });
    expect(other.statusCode, other.body).toBe(201);
    const id = other.json().id;
    const mine = (
      await send(
        "POST",
        url,
        { title: "Unit A log", url: "https://a.example.org", businessUnitId: unitA.id },
        "admin",
      )
    ).json();

    for (const path of [`${url}/${id}`, `${url}/${id}/file`])
      expect((await t.app.inject({ url: path, headers })).statusCode, path).toBe(404);
    const patch = await t.app.inject({
      method: "PATCH",
      url: `${url}/${id}`,
      headers,
      payload: { version: 1, title: "x" },
    });
    expect(patch.statusCode).toBe(404);
    const link = await t.app.inject({
      method: "POST",
      url: `${url}/${id}/links`,
      headers,
      payload: { targetType: "requirement", targetId: "iso-iec-42001:2023/A.6.2.4" },
    });
    expect(link.statusCode).toBe(404);
    const del = await t.app.inject({ method: "DELETE", url: `${url}/${id}?version=1`, headers });
    expect(del.statusCode).toBe(404);
    const list = (await t.app.inject({ url: `${url}?limit=200`, headers })).json();
    const ids = list.items.map((i: EvidenceDetail) => i.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(id);

    // Creating in the other unit is refused; in their own unit it works.
    const refused = await t.app.inject({
      method: "POST",
      url,
      headers,
      payload: { title: "Into B", url: "https://b.example.org", businessUnitId: unitB.id },
    });
    expect(refused.statusCode).toBe(403);
    const allowed = await t.app.inject({
      method: "POST",
      url,
      headers,
      payload: { title: "Into A", url: "https://a.example.org/2", businessUnitId: unitA.id },
    });
    expect(allowed.statusCode, allowed.body).toBe(201);
  });
});
