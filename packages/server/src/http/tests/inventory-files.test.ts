import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

const csv = [
  "name,purpose,lifecycleStage,usJurisdictions,consequentialDecisions,decisionRole,organizationRoles,processesPersonalData,vendors",
  "Credit scoring,Scores loan applicants,deployed,CO,lending,makes,customer,yes,ScoreCo",
  "Bad stage,Something,live,,,,,,",
  "Invoice reader,Reads invoices,development,,,,,no,",
  "Bad flag,Something,design,,,,,maybe,",
].join("\n");

const importInventory = (content: string, mode: string, format = "csv") =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/ai-systems/import",
    headers: bearer(t.tokens.contributor),
    payload: { format, content, mode },
  });
const total = async () =>
  (await t.app.inject({ url: "/api/v1/ai-systems?limit=1", headers: bearer(t.tokens.viewer) })).json().total;

describe("inventory import and export", () => {
  it("previews errors per row without writing", async () => {
    const res = await importInventory(csv, "preview");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 4, valid: 2, invalid: 2, created: [] });
    expect(res.json().errors).toEqual([
      expect.objectContaining({ row: 3, column: "lifecycleStage" }),
      expect.objectContaining({ row: 5, column: "processesPersonalData" }),
    ]);
    expect(await total()).toBe(0);
  });

  it("writes nothing when any row is invalid, unless asked for the valid rows only", async () => {
    const all = await importInventory(csv, "all");
    expect(all.statusCode).toBe(400);
    expect(all.json().error.details.issues[0].path).toBe("row 3 (lifecycleStage)");
    expect(await total()).toBe(0);
    const valid = await importInventory(csv, "valid-only");
    expect(valid.json().created).toHaveLength(2);
    expect(await total()).toBe(2);
    const credit = (
      await t.app.inject({ url: "/api/v1/ai-systems?q=Credit", headers: bearer(t.tokens.viewer) })
    ).json().items[0];
    expect(credit.frameworkRefs.some((r: string) => r.startsWith("colorado-ai-act:"))).toBe(true);
  });

  it("exports CSV and XLSX that import again", async () => {
    const exported = await t.app.inject({
      url: "/api/v1/ai-systems/export?format=csv",
      headers: bearer(t.tokens.viewer),
    });
    expect(exported.headers["content-type"]).toContain("text/csv");
    expect(exported.body).toContain("Credit scoring");
    const xlsx = await t.app.inject({
      url: "/api/v1/ai-systems/export?format=xlsx",
      headers: bearer(t.tokens.viewer),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    const again = await importInventory(xlsx.rawPayload.toString("base64"), "preview", "xlsx");
    expect(again.json()).toMatchObject({ rows: 2, valid: 2, invalid: 0 });
  });

  it("refuses unreadable files and unknown columns", async () => {
    expect((await importInventory("not base64 xlsx", "preview", "xlsx")).statusCode).toBe(400);
    const res = await importInventory("name,colour\nx,red", "preview");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/colour/);
  });
});
