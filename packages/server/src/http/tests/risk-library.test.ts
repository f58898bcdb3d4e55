import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

type Entry = { code: string; title: string; origin: string; hidden: boolean; version: number };
const list = async (query = "") =>
  (
    await t.app.inject({
      url: `/api/v1/risk-templates?${query.includes("limit=") ? "" : "limit=200"}${query}`,
      headers: bearer(t.tokens.viewer),
    })
  ).json() as { items: Entry[]; total: number };

describe("the organization's risk library", () => {
  it("starts as the starter library, searchable and paged", async () => {
    const all = await list();
    expect(all.total).toBe(59);
    expect(all.items.every((e) => e.origin === "starter" && e.version === 0)).toBe(true);
    const found = await list("&q=training%20data");
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(59);
    const page = await list("&limit=5&offset=55");
    expect(page.items).toHaveLength(4);
  });

  it("customizes a starter entry, then edits it with the version it read, then resets it", async () => {
    const first = (await list()).items[0]!;
    const w = bearer(t.tokens.contributor);
    const edited = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/risk-templates/${first.code}`,
      headers: w,
      payload: { version: 0, title: "Our own wording of this risk", suggestedImpact: 5 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      origin: "customized",
      version: 1,
      title: "Our own wording of this risk",
    });

    const stale = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/risk-templates/${first.code}`,
      headers: w,
      payload: { version: 0, title: "Lost update" },
    });
    expect(stale.statusCode).toBe(409);

    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks/from-template",
      headers: w,
      payload: { code: first.code },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().title).toBe("Our own wording of this risk");

    const reset = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/risk-templates/${first.code}`,
      headers: w,
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().entry).toMatchObject({ origin: "starter", title: first.title, version: 0 });
    const again = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/risk-templates/${first.code}`,
      headers: w,
    });
    expect(again.statusCode).toBe(422);
  });

  it("adds the organization's own risk and refuses a taken code", async () => {
    const w = bearer(t.tokens.manager);
    const body = {
      code: "ORG-HIRING-01",
      title: "Recruiters over-trust the ranking",
      suggestedLikelihood: 3,
      suggestedImpact: 4,
      annexA: ["iso-iec-42001:2023/A.9.2"],
    };
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/risk-templates",
      headers: w,
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ origin: "custom", version: 1 });
    const dup = await t.app.inject({
      method: "POST",
      url: "/api/v1/risk-templates",
      headers: w,
      payload: body,
    });
    expect(dup.statusCode).toBe(409);
    const starterCode = (await list()).items[1]!.code;
    const clash = await t.app.inject({
      method: "POST",
      url: "/api/v1/risk-templates",
      headers: w,
      payload: { ...body, code: starterCode },
    });
    expect(clash.statusCode).toBe(409);
    expect((await list("&origin=custom")).items.map((e) => e.code)).toEqual(["ORG-HIRING-01"]);
  });

  it("hides an entry from the picker and refuses to start a risk from it", async () => {
    const target = (await list()).items[2]!;
    const w = bearer(t.tokens.contributor);
    const hidden = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/risk-templates/${target.code}`,
      headers: w,
      payload: { version: 0, hidden: true },
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect((await list()).items.map((e) => e.code)).not.toContain(target.code);
    expect((await list("&includeHidden=true")).items.map((e) => e.code)).toContain(target.code);
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks/from-template",
      headers: w,
      payload: { code: target.code },
    });
    expect(refused.statusCode).toBe(400);
  });

  it("refuses bad input and changes nothing; viewers and auditors cannot edit", async () => {
    const before = await list("&includeHidden=true");
    const code = before.items[3]!.code;
    for (const payload of [
      { version: 0, suggestedImpact: 9 },
      { version: 0, title: "" },
      { version: 0, unknown: true },
      { version: -1 },
    ]) {
      const res = await t.app.inject({
        method: "PATCH",
        url: `/api/v1/risk-templates/${code}`,
        headers: bearer(t.tokens.contributor),
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/risk-templates",
      headers: bearer(t.tokens.contributor),
      payload: { code: "lower case", title: "x", suggestedLikelihood: 1, suggestedImpact: 1 },
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/risk-templates/NOPE-1",
      headers: bearer(t.tokens.contributor),
      payload: { version: 0, title: "x" },
    });
    expect(unknown.statusCode).toBe(404);
    for (const role of ["viewer", "auditor"] as const) {
      const res = await t.app.inject({
        method: "PATCH",
        url: `/api/v1/risk-templates/${code}`,
        headers: bearer(t.tokens[role]),
        payload: { version: 0, title: "x" },
      });
      expect(res.statusCode).toBe(403);
    }
    expect(await list("&includeHidden=true")).toEqual(before);
  });
});
