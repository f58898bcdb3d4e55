import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

const policyCsv = [
  "#id,acme-ai-policy",
  "#version,2025",
  "#name,ACME policy for the use of AI",
  "#publisher,ACME Corp.",
  "#kind,guidance",
  "#url,https://intranet.example.com/policies/ai",
  "#sources,ACME policy AI-01 version 3",
  "",
  "id,title,summary,kind,assessable,parent",
  "P1,Approval before use,Every AI system is approved before it is used.,topic,false,",
  "P1.1,Register the system,Record each AI system in the inventory with its owner.,control,true,P1",
  "P1.2,Impact assessment,Assess the impact on people before approval.,control,true,P1",
].join("\n");

const crosswalkCsv = [
  "#from,acme-ai-policy:2025",
  "#to,iso-iec-42001:2023",
  "from,to,relationship,rationale,confidence,source",
  "P1.2,6.1.4,subset-of,Our impact assessment step is one part of the clause's impact assessment process.,high,ACME",
].join("\n");

const importFile = (content: string, format = "csv", replace = false, token = t.tokens.manager) =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/catalogs/import",
    headers: bearer(token),
    payload: { format, content, replace },
  });
const auditCount = async () =>
  (await t.app.inject({ url: "/api/v1/audit-events?limit=1", headers: bearer(t.tokens.auditor) })).json()
    .total;

describe("custom catalogs", () => {
  it("refuses a malformed file with errors by line and writes nothing", async () => {
    const before = await auditCount();
    const bad = policyCsv.replace(
      "P1.2,Impact assessment,Assess the impact on people before approval.,control,true,P1",
      "P1.2,Impact,Assess.,contrl,true,P9",
    );
    const res = await importFile(bad);
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.details.issues as { line: number; message: string }[];
    expect(issues.some((i) => i.line === 12 && /contrl/.test(i.message))).toBe(true);
    expect(issues.some((i) => i.line === 12 && /P9/.test(i.message))).toBe(true);
    expect(
      (
        await t.app.inject({
          url: "/api/v1/frameworks/acme-ai-policy:2025",
          headers: bearer(t.tokens.viewer),
        })
      ).statusCode,
    ).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it("imports a CSV framework that then shows in the browser and in coverage", async () => {
    const res = await importFile(policyCsv);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ kind: "framework", ref: "acme-ai-policy:2025", requirementCount: 3 });
    const f = (
      await t.app.inject({ url: "/api/v1/frameworks/acme-ai-policy:2025", headers: bearer(t.tokens.viewer) })
    ).json();
    expect(f).toMatchObject({ isCustom: true, assessableCount: 2 });
    const summary = (
      await t.app.inject({ url: "/api/v1/coverage/summary", headers: bearer(t.tokens.viewer) })
    ).json();
    expect(
      summary.frameworks.find((s: { frameworkRef: string }) => s.frameworkRef === "acme-ai-policy:2025"),
    ).toMatchObject({ assessable: 2, none: 2 });
  });

  it("imports a crosswalk so ISO 42001 work counts for the custom framework", async () => {
    const res = await importFile(crosswalkCsv);
    expect(res.statusCode, res.body).toBe(201);
    const control = await t.app.inject({
      method: "POST",
      url: "/api/v1/controls",
      headers: bearer(t.tokens.contributor),
      payload: {
        code: "IA-01",
        title: "Impact assessment",
        implementationStatus: "implemented",
        links: [{ requirementKey: "iso-iec-42001:2023/6.1.4", coverage: "full" }],
      },
    });
    expect(control.statusCode).toBe(201);
    const cov = (
      await t.app.inject({
        url: "/api/v1/coverage?framework=acme-ai-policy:2025&status=full",
        headers: bearer(t.tokens.viewer),
      })
    ).json();
    expect(cov.items.map((i: { id: string }) => i.id)).toEqual(["P1.2"]);
    expect(cov.items[0].sources[0].explanation).toContain("superset-of acme-ai-policy:2025/P1.2");
  });

  it("protects built-in catalogs and asks before replacing a custom one", async () => {
    expect((await importFile(policyCsv)).statusCode).toBe(409);
    expect(
      (await importFile(policyCsv.replace("Assess the impact", "Assess the effect"), "csv", true)).statusCode,
    ).toBe(201);
    const builtin = (
      await t.app.inject({
        url: "/api/v1/frameworks/gdpr:2016/export?format=csv",
        headers: bearer(t.tokens.viewer),
      })
    ).body;
    const res = await importFile(builtin, "csv", true);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/built-in/);
    expect((await importFile(policyCsv, "csv", false, t.tokens.contributor)).statusCode).toBe(403);
  });

  it("exports frameworks and crosswalks as CSV, YAML, JSON and OSCAL", async () => {
    const v = bearer(t.tokens.viewer);
    const csv = await t.app.inject({
      url: "/api/v1/frameworks/iso-iec-42001:2023/export?format=csv",
      headers: v,
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toContain("iso-iec-42001-2023.csv");
    expect(csv.body).toContain("A.6.2.4");
    const yaml = await t.app.inject({
      url: "/api/v1/frameworks/acme-ai-policy:2025/export?format=yaml",
      headers: v,
    });
    expect(yaml.body).toContain("id: acme-ai-policy");
    const oscal = (
      await t.app.inject({ url: "/api/v1/frameworks/iso-iec-42001:2023/export?format=oscal", headers: v })
    ).json();
    expect(oscal.catalog.metadata["oscal-version"]).toMatch(/^1\.2/);
    const mapping = (
      await t.app.inject({
        url: "/api/v1/crosswalks/export?from=iso-iec-42001:2023&to=nist-ai-rmf:1.0&format=oscal",
        headers: v,
      })
    ).json();
    expect(mapping["mapping-collection"].mappings[0].maps).toHaveLength(280);
    const back = await t.app.inject({
      url: "/api/v1/crosswalks/export?from=nist-ai-rmf:1.0&to=iso-iec-42001:2023&format=json",
      headers: v,
    });
    expect(back.json().entries).toHaveLength(280);
    expect(
      (
        await t.app.inject({
          url: "/api/v1/crosswalks/export?from=gdpr:2016&to=texas-traiga:hb149",
          headers: v,
        })
      ).statusCode,
    ).toBe(404);
  });
});
