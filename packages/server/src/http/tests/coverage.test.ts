import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

type Cov = {
  key: string;
  status: string;
  sources: { controlCode: string; path: unknown[]; explanation: string }[];
};

async function coverageOf(framework: string): Promise<Map<string, Cov>> {
  const out = new Map<string, Cov>();
  for (let offset = 0; ; offset += 200) {
    const page = (
      await t.app.inject({
        url: `/api/v1/coverage?framework=${framework}&offset=${offset}`,
        headers: bearer(t.tokens.viewer),
      })
    ).json();
    for (const item of page.items) out.set(item.key, item);
    if (offset + 200 >= page.total) return out;
  }
}

describe("coverage: assess once, comply many", () => {
  it("marking one control implemented covers ISO 42001, NIST AI RMF and EU AI Act requirements with paths; reverting undoes all", async () => {
    const w = bearer(t.tokens.contributor);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/controls",
      headers: w,
      payload: {
        code: "RISK-01",
        title: "AI risk assessment process",
        links: [{ requirementKey: "iso-iec-42001:2023/6.1.2", coverage: "full" }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const control = created.json();
    const before = await coverageOf("nist-ai-rmf:1.0");
    expect([...before.values()].every((c) => c.status === "none")).toBe(true);

    const on = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/controls/${control.id}`,
      headers: w,
      payload: { version: 1, implementationStatus: "implemented" },
    });
    expect(on.statusCode).toBe(200);
    const iso = await coverageOf("iso-iec-42001:2023");
    expect(iso.get("iso-iec-42001:2023/6.1.2")!.status).toBe("full");
    expect(iso.get("iso-iec-42001:2023/6.1.2")!.sources[0]!.path).toEqual([]);
    const nist = [...(await coverageOf("nist-ai-rmf:1.0")).values()].filter((c) => c.status !== "none");
    expect(nist.length).toBeGreaterThan(0);
    expect(nist[0]!.sources[0]!.path.length).toBeGreaterThan(0);
    expect(nist[0]!.sources[0]!.explanation).toContain("RISK-01");
    const eu = [...(await coverageOf("eu-ai-act:2024")).values()].filter((c) => c.status !== "none");
    expect(eu.length).toBeGreaterThan(0);

    const summary = (await t.app.inject({ url: "/api/v1/coverage/summary", headers: w })).json();
    expect(summary.implementedCount).toBe(1);
    const isoScore = summary.frameworks.find(
      (f: { frameworkRef: string }) => f.frameworkRef === "iso-iec-42001:2023",
    );
    expect(isoScore.full + isoScore.partial).toBeGreaterThan(0);

    const off = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/controls/${control.id}`,
      headers: w,
      payload: { version: 2, implementationStatus: "planned" },
    });
    expect(off.statusCode).toBe(200);
    for (const f of ["iso-iec-42001:2023", "nist-ai-rmf:1.0", "eu-ai-act:2024"]) {
      expect([...(await coverageOf(f)).values()].every((c) => c.status === "none")).toBe(true);
    }
  });

  it("refuses links to unknown or non-assessable requirements and changes nothing", async () => {
    const w = bearer(t.tokens.contributor);
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/v1/controls",
      headers: w,
      payload: {
        code: "X-1",
        title: "x",
        links: [{ requirementKey: "iso-iec-42001:2023/Z.9", coverage: "full" }],
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.issues[0].path).toBe("links.0.requirementKey");
    const heading = await t.app.inject({
      method: "POST",
      url: "/api/v1/controls",
      headers: w,
      payload: {
        code: "X-2",
        title: "x",
        links: [{ requirementKey: "iso-iec-42001:2023/4", coverage: "full" }],
      },
    });
    expect(heading.statusCode).toBe(400);
    const list = (await t.app.inject({ url: "/api/v1/controls?q=X-", headers: w })).json();
    expect(list.total).toBe(0);
  });

  it("browses frameworks, requirements and mappings in both directions", async () => {
    const v = bearer(t.tokens.viewer);
    const list = (await t.app.inject({ url: "/api/v1/frameworks", headers: v })).json();
    const iso = list.items.find((f: { ref: string }) => f.ref === "iso-iec-42001:2023");
    expect(iso.assessableCount).toBeGreaterThan(38);
    const controlsA = (
      await t.app.inject({
        url: "/api/v1/frameworks/iso-iec-42001:2023/requirements?kind=control",
        headers: v,
      })
    ).json();
    expect(controlsA.total).toBe(38);
    const detail = (
      await t.app.inject({
        url: `/api/v1/frameworks/iso-iec-42001:2023/requirements/${encodeURIComponent("A.6.2.4")}`,
        headers: v,
      })
    ).json();
    expect(
      detail.mappings.some(
        (m: { other: { frameworkRef: string } }) => m.other.frameworkRef === "nist-ai-rmf:1.0",
      ),
    ).toBe(true);
    const forward = (
      await t.app.inject({ url: "/api/v1/crosswalks?from=nist-ai-rmf:1.0&to=iso-iec-42001:2023", headers: v })
    ).json();
    expect(forward.total).toBe(280);
    const backward = (
      await t.app.inject({
        url: "/api/v1/crosswalks?from=iso-iec-42001:2023&to=nist-ai-rmf:1.0&relationship=superset-of",
        headers: v,
      })
    ).json();
    const forwardSubsets = (
      await t.app.inject({
        url: "/api/v1/crosswalks?from=nist-ai-rmf:1.0&to=iso-iec-42001:2023&relationship=subset-of",
        headers: v,
      })
    ).json();
    expect(backward.total).toBe(forwardSubsets.total);
    expect(
      (await t.app.inject({ url: "/api/v1/frameworks/nope:1/requirements", headers: v })).statusCode,
    ).toBe(404);
  });

  it("adopts starter templates once", async () => {
    const w = bearer(t.tokens.manager);
    const templates = (await t.app.inject({ url: "/api/v1/control-templates", headers: w })).json();
    expect(templates.total).toBeGreaterThanOrEqual(38);
    const code = templates.items[0].code;
    const first = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/control-templates/adopt",
        headers: w,
        payload: { codes: [code] },
      })
    ).json();
    expect(first.adopted).toHaveLength(1);
    expect(first.adopted[0].implementationStatus).toBe("not_started");
    const again = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/control-templates/adopt",
        headers: w,
        payload: { codes: [code] },
      })
    ).json();
    expect(again.skipped[0].reason).toBe("already adopted");
  });
});
