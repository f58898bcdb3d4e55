import ExcelJS from "exceljs";
import JSZip from "jszip";
import { impactAssessmentTemplate, visibleQuestions, type Answers } from "@openaims/core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";
import { systemContext } from "../../services/context.js";
import { createRisk } from "../../services/risks/risks-service.js";
import { riskBatches } from "../../services/exports/risk-register-rows.js";
import { NOT_ANSWERED } from "../../services/exports/report-model.js";

let t: TestApp;
let unitA: { id: string; name: string };
let unitB: { id: string; name: string };
let system: { id: string; key: string };
const keysIn = { A: [] as string[], B: [] as string[], org: [] as string[] };
const ODD = "Zoë — Ελληνικά ✓ “quotes” <tag> & 4k";

const post = async (url: string, payload: object, token = t.tokens.admin) => {
  const res = await t.app.inject({ method: "POST", url, headers: bearer(token), payload });
  if (res.statusCode >= 300) throw new Error(`${url}: ${res.body}`);
  return res.json();
};

/** The first sheet as arrays of cell values (row 1 is the header). */
async function sheetOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function pdfText(body: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(body), isEvalSupported: false }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++)
    text += (await (await pdf.getPage(n)).getTextContent()).items
      .map((i) => ("str" in i ? i.str : ""))
      .join(" ");
  return { pages: pdf.numPages, text: text.replace(/\s+/g, "") };
}

const download = (url: string, headers: Record<string, string> = bearer(t.tokens.viewer)) =>
  t.app.inject({ url, headers });

beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
  unitA = await post("/api/v1/business-units", { name: "Unit A" });
  unitB = await post("/api/v1/business-units", { name: "Unit B" });
  system = await post("/api/v1/ai-systems", { name: "Résumé screener", businessUnitId: unitA.id });
  const control = await post("/api/v1/controls", { code: "BIAS-01", title: "Bias testing" });
  const ctx = systemContext(t.database.db, "test");
  for (let i = 0; i < 250; i++) {
    const unit = i % 5 === 4 ? unitB : i % 5 === 3 ? null : unitA;
    const risk = await createRisk(ctx, {
      title: i === 0 ? `Biased ranking ${ODD}` : `Risk number ${i}`,
      description: i === 0 ? "d".repeat(4000) : "",
      businessUnitId: unit?.id ?? null,
      aiSystemId: i === 0 ? system.id : null,
      ownerId: i === 0 ? t.users.manager.id : null,
      consequences: { organization: "fines", individuals: "unfair rejection", society: "" },
      inherentLikelihood: 4,
      inherentImpact: 5,
      residualLikelihood: 1 + (i % 5),
      residualImpact: 2,
      treatment: i % 2 ? "mitigate" : "undecided",
      nextReviewOn: "2027-03-31",
      treatmentControls: i === 0 ? [control.id] : [],
      annexAControls: i === 0 ? ["iso-iec-42001:2023/A.6.2.4"] : [],
    });
    (unit === unitA ? keysIn.A : unit === unitB ? keysIn.B : keysIn.org).push(risk.key);
    if (i === 0) {
      await post(`/api/v1/risks/${risk.id}/actions`, { title: "Re-test for bias" }, t.tokens.contributor);
      await post(`/api/v1/risks/${risk.id}/actions`, { title: "Document results" }, t.tokens.contributor);
    }
  }
}, 120_000);
afterAll(async () => t?.close());

describe("risk register export", () => {
  it("exports every risk to XLSX with names instead of ids, dates as dates", async () => {
    const res = await download("/api/v1/risks/export?format=xlsx");
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="risk-register-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const rows = await sheetOf(res.rawPayload);
    const header = rows[0] as string[];
    expect(header.slice(0, 4)).toEqual(["Key", "Title", "AI system", "Business unit"]);
    expect(header).toContain("Annex A controls");
    expect(rows).toHaveLength(251);
    const keys = rows.slice(1).map((r) => r[0]);
    expect(new Set(keys)).toEqual(new Set([...keysIn.A, ...keysIn.B, ...keysIn.org]));
    const first = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === keysIn.A[0])![i]]));
    expect(first).toMatchObject({
      Title: `Biased ranking ${ODD}`,
      "AI system": expect.stringContaining("Résumé screener"),
      "Business unit": "Unit A",
      "Consequences for individuals": "unfair rejection",
      "Inherent level": "Critical",
      Owner: "manager user",
      "Treatment controls": "BIAS-01 Bias testing",
      "Annex A controls": expect.stringMatching(/^A\.6\.2\.4 /),
      Actions: 2,
      "Open actions": 2,
      "Inherent likelihood": 4,
    });
    expect(first.Description).toHaveLength(4000);
    expect(first["Next review"]).toEqual(new Date("2027-03-31T00:00:00Z"));
  });

  it("applies the list's filters", async () => {
    const inB = await sheetOf((await download(`/api/v1/risks/export?businessUnitId=${unitB.id}`)).rawPayload);
    expect(inB.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(keysIn.B));
    expect(inB).toHaveLength(keysIn.B.length + 1);
    const searched = await sheetOf((await download("/api/v1/risks/export?q=Biased")).rawPayload);
    expect(searched.slice(1).map((r) => r[0])).toEqual([keysIn.A[0]]);
    const treating = await sheetOf((await download("/api/v1/risks/export?status=treating")).rawPayload);
    const status = (treating[0] as string[]).indexOf("Status");
    expect(treating).toHaveLength(126);
    expect(new Set(treating.slice(1).map((r) => r[status]))).toEqual(new Set(["Treating"]));
    const pdf = await pdfText(
      (await download(`/api/v1/risks/export?format=pdf&aiSystemId=${system.id}`)).rawPayload,
    );
    expect(pdf.text).toContain(`Filters:AIsystem:${system.key}Résuméscreener`);
    expect(pdf.text).toMatch(new RegExp(`${keysIn.A[0]}(?!\\d)`));
    expect(pdf.text).not.toMatch(new RegExp(`${keysIn.A[1]}(?!\\d)`));
  });

  it("gives a scoped contributor only the risks of their units and the organization-wide ones", async () => {
    await post("/api/v1/users", {
      email: "scoped-exporter@example.org",
      name: "Scoped",
      role: "contributor",
      password: TEST_PASSWORD,
      businessUnitIds: [unitA.id],
    });
    const { cookie } = await signIn(t.app, "scoped-exporter@example.org");
    const rows = await sheetOf((await download("/api/v1/risks/export?format=xlsx", { cookie })).rawPayload);
    const keys = rows.slice(1).map((r) => r[0]);
    expect(new Set(keys)).toEqual(new Set([...keysIn.A, ...keysIn.org]));
    const asked = await sheetOf(
      (await download(`/api/v1/risks/export?businessUnitId=${unitB.id}`, { cookie })).rawPayload,
    );
    expect(asked).toHaveLength(1);
  });

  it("renders a landscape PDF with the heat-map summary and every risk", async () => {
    const res = await download("/api/v1/risks/export?format=pdf");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toMatch(/filename="risk-register-[\d-]+\.pdf"/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages, text } = await pdfText(res.rawPayload);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain("Residualheatmap");
    expect(text).toContain("Openrisks");
    for (const key of [...keysIn.A, ...keysIn.B, ...keysIn.org])
      expect(text).toMatch(new RegExp(`${key}(?!\\d)`));
    expect(text).toContain("BiasedrankingZoë—Ελληνικά✓");
  });

  it("refuses an unknown format or filter value with 400", async () => {
    for (const q of ["format=csv", "status=lost", "minResidualLevel=9"]) {
      const res = await download(`/api/v1/risks/export?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
  });

  it("reads the register in batches, each risk once", async () => {
    const seen: string[] = [];
    let batches = 0;
    for await (const b of riskBatches(
      systemContext(t.database.db, "test"),
      { sort: "key", order: "asc" },
      100,
    )) {
      batches++;
      seen.push(...b.risks.map((r) => r.key));
    }
    expect(batches).toBe(3);
    expect(new Set(seen).size).toBe(250);
  });
});

/** The text of a Word document, entities decoded. */
async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join(" ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("Statement of Applicability export", () => {
  const soaEntry = async (id: string) =>
    (
      (await download("/api/v1/soa")).json() as { items: { controlId: string; version: number }[] }
    ).items.find((e) => e.controlId === id)!;

  it("exports the working copy and an approved version with justifications and approval", async () => {
    const items = (
      (await download("/api/v1/soa")).json() as { items: { controlId: string; version: number }[] }
    ).items;
    for (const e of items) {
      const excluded = e.controlId === "A.10.4";
      const res = await t.app.inject({
        method: "PATCH",
        url: `/api/v1/soa/${e.controlId}`,
        headers: bearer(t.tokens.contributor),
        payload: excluded
          ? { version: e.version, applicable: false, exclusionJustification: "No customers — Ελληνικά ✓" }
          : {
              version: e.version,
              applicable: true,
              reasons: [{ kind: "business", ref: "AI policy", note: `needed for ${e.controlId}` }],
            },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const working = await download("/api/v1/soa/export?format=xlsx");
    expect(working.statusCode).toBe(200);
    expect(working.headers["content-disposition"]).toMatch(/filename="soa-working-[\d-]+\.xlsx"/);
    const rows = await sheetOf(working.rawPayload);
    expect(rows).toHaveLength(39);
    const header = rows[0] as string[];
    const a104 = rows.find((r) => r[0] === "A.10.4")!;
    expect(a104[header.indexOf("Applicability")]).toBe("Excluded");
    expect(a104[header.indexOf("Exclusion justification")]).toBe("No customers — Ελληνικά ✓");
    expect(rows.find((r) => r[0] === "A.2.2")![header.indexOf("Reasons for inclusion")]).toBe(
      "Business need: AI policy — needed for A.2.2",
    );

    const issued = await post("/api/v1/soa/versions", { note: "First issue" });
    await post(
      `/api/v1/soa/versions/${issued.number}/decision`,
      { decision: "approve", comment: "fine" },
      t.tokens.manager,
    );
    await t.app.inject({
      method: "PATCH",
      url: "/api/v1/soa/A.2.2",
      headers: bearer(t.tokens.contributor),
      payload: { version: (await soaEntry("A.2.2")).version, notes: "changed after version 1" },
    });
    const v1 = await download(`/api/v1/soa/export?format=pdf&version=${issued.number}`);
    expect(v1.statusCode).toBe(200);
    expect(v1.headers["content-disposition"]).toMatch(/filename="soa-v1-[\d-]+\.pdf"/);
    const { text } = await pdfText(v1.rawPayload);
    expect(text).toContain("Version1:approved");
    expect(text).toContain("Nocustomers—Ελληνικά✓");
    expect(text).toContain("manageruser"); // who approved
    expect(text).not.toContain("changedafterversion1");
    for (const e of items) expect(text).toContain(e.controlId);
    const filtered = await sheetOf((await download("/api/v1/soa/export?applicable=false")).rawPayload);
    expect(filtered.slice(1).map((r) => r[0])).toEqual(["A.10.4"]);
  });

  it("answers 404 for a version that does not exist and 400 for a bad one", async () => {
    expect((await download("/api/v1/soa/export?version=99")).statusCode).toBe(404);
    expect((await download("/api/v1/soa/export?version=x")).statusCode).toBe(400);
    expect((await download("/api/v1/soa/export?format=docx")).statusCode).toBe(400);
  });
});

describe("impact assessment export", () => {
  let assessment: { id: string; key: string };
  const answers = {
    intended_purpose: "Rank applicants — “fairly” & quickly",
    decision_role: "none",
    impacts: [
      {
        title: "Thin-file applicants refused",
        kind: "harm",
        category: "fairness",
        severity: 4,
        likelihood: 3,
      },
      { title: "Faster answers", kind: "benefit", category: "fairness", severity: 1, likelihood: 5 },
    ],
  };

  beforeAll(async () => {
    const draft = await post(
      "/api/v1/impact-assessments",
      { aiSystemId: system.id, templateId: "ai-system-impact" },
      t.tokens.contributor,
    );
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/impact-assessments/${draft.id}`,
      headers: bearer(t.tokens.contributor),
      payload: { version: draft.version, answers },
    });
    expect(res.statusCode, res.body).toBe(200);
    assessment = res.json();
  });

  /** What a reader must find: each visible question, each answer as a label, gaps as "not answered". */
  function expectEveryAnswer(text: string, squash = (s: string) => s) {
    const template = impactAssessmentTemplate("ai-system-impact");
    const visible = visibleQuestions(template, answers as Answers);
    for (const q of visible) expect(text).toContain(squash(q.label));
    const role = visible.find((q) => q.id === "decision_role")!;
    expect(text).toContain(squash(role.choices!.find((c) => c.value === "none")!.label));
    expect(text).toContain(squash(answers.intended_purpose));
    expect(text).toContain(squash("Thin-file applicants refused"));
    expect(text).toContain(squash("Benefit"));
    const unanswered = visible.filter((q) => q.type !== "table" && !(q.id in answers)).length;
    expect(text.split(squash(NOT_ANSWERED)).length - 1).toBeGreaterThanOrEqual(unanswered);
  }

  it("writes every visible question and answer to DOCX", async () => {
    const res = await download(`/api/v1/impact-assessments/${assessment.id}/export?format=docx`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const text = await docxText(res.rawPayload);
    expect(text).toContain(assessment.key);
    expect(text).toContain("Résumé screener");
    expectEveryAnswer(text);
  });

  it("writes the same to PDF, found by key too", async () => {
    const res = await download(`/api/v1/impact-assessments/${assessment.key}/export?format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(/filename="ia-\d+-r1-[\d-]+\.pdf"/);
    const { text } = await pdfText(res.rawPayload);
    expectEveryAnswer(text, (s) => s.replace(/\s+/g, ""));
  });

  it("answers 404 for an unknown assessment and 400 for a bad format", async () => {
    for (const id of ["3f0c1a52-4a4e-4c3b-9a55-6f1d2f7c9e10", "IA-999"])
      expect((await download(`/api/v1/impact-assessments/${id}/export`)).statusCode).toBe(404);
    expect(
      (await download(`/api/v1/impact-assessments/${assessment.id}/export?format=xlsx`)).statusCode,
    ).toBe(400);
  });
});
