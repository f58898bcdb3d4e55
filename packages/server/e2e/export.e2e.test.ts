import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aims, serve, tempDir, type Served } from "./cli-helpers.js";

const running: Served[] = [];
afterAll(async () => {
  for (const s of running) await s.stop();
});

const dataDir = tempDir();
const out = tempDir("aims-export-");
const keys = { open: [] as string[], treating: [] as string[] };
let assessmentKey = "";

async function pdfText(file: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++)
    text += (await (await pdf.getPage(n)).getTextContent()).items
      .map((i) => ("str" in i ? i.str : ""))
      .join(" ");
  return text.replace(/\s+/g, "");
}

/** A server with an administrator, a few risks, an SoA decision and an impact assessment; then stopped. */
beforeAll(async () => {
  const admin = aims(
    [
      "admin",
      "create",
      "--email",
      "owner@example.org",
      "--name",
      "Owner",
      "--password-stdin",
      "--data-dir",
      dataDir,
    ],
    { input: "a sufficiently long password\n" },
  );
  expect(admin.status, admin.stderr).toBe(0);
  const token = aims([
    "token",
    "create",
    "--email",
    "owner@example.org",
    "--name",
    "e2e",
    "--data-dir",
    dataDir,
  ])
    .stdout.trim()
    .split("\n")
    .at(-1)!;
  const server = await serve(["--data-dir", dataDir]);
  running.push(server);
  const call = async (method: string, path: string, body?: object) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
    return json;
  };
  const system = await call("POST", "/api/v1/ai-systems", { name: "Résumé screener" });
  for (let i = 0; i < 12; i++) {
    const risk = await call("POST", "/api/v1/risks", {
      title: i === 0 ? "Biased ranking — Zoë ✓" : `Risk ${i}`,
      aiSystemId: system.id,
      inherentLikelihood: 3,
      inherentImpact: 4,
      residualLikelihood: 2,
      residualImpact: 2,
      treatment: i % 3 === 0 ? "undecided" : "mitigate",
    });
    (risk.status === "open" ? keys.open : keys.treating).push(risk.key as string);
  }
  const soa = (await call("GET", "/api/v1/soa")) as { items: { controlId: string; version: number }[] };
  const a22 = soa.items.find((e) => e.controlId === "A.2.2")!;
  await call("PATCH", "/api/v1/soa/A.2.2", {
    version: a22.version,
    applicable: false,
    exclusionJustification: "Covered by the group policy",
  });
  const ia = await call("POST", "/api/v1/impact-assessments", {
    aiSystemId: system.id,
    templateId: "ai-system-impact",
  });
  await call("PATCH", `/api/v1/impact-assessments/${ia.id as string}`, {
    version: ia.version,
    answers: { intended_purpose: "Shortlist applicants for interviews" },
  });
  assessmentKey = ia.key as string;
  // Exports run offline: the embedded database is locked while the server runs.
  const locked = aims(["export", "risks", "--out", join(out, "x.xlsx"), "--data-dir", dataDir]);
  expect(locked.status).toBe(1);
  expect(locked.stderr).toMatch(/^aims: data directory .* in use by process/);
  expect(await server.stop()).toBe(0);
}, 240_000);

describe("aims export", () => {
  it("streams the whole risk register to XLSX", async () => {
    const file = join(out, "risks.xlsx");
    const r = aims(["export", "risks", "--format", "xlsx", "--out", file, "--data-dir", dataDir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`wrote ${file}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(13);
    const column = (n: number) => sheet.getColumn(n).values.slice(2);
    expect(new Set(column(1))).toEqual(new Set([...keys.open, ...keys.treating]));
    expect(column(2)).toContain("Biased ranking — Zoë ✓");
  });

  it("filters the register and writes a PDF", async () => {
    const file = join(out, "open.pdf");
    const r = aims([
      "export",
      "risks",
      "--format",
      "pdf",
      "--status",
      "open",
      "--out",
      file,
      "--data-dir",
      dataDir,
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(file);
    for (const key of keys.open) expect(text).toMatch(new RegExp(`${key}(?!\\d)`));
    for (const key of keys.treating) expect(text).not.toMatch(new RegExp(`${key}(?!\\d)`));
    const bad = aims(["export", "risks", "--status", "lost", "--out", file, "--data-dir", dataDir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/^aims: status: /);
  });

  it("exports the SoA working copy, and refuses a version that does not exist", async () => {
    const file = join(out, "soa.pdf");
    const r = aims(["export", "soa", "--format", "pdf", "--out", file, "--data-dir", dataDir]);
    expect(r.status, r.stderr).toBe(0);
    const text = await pdfText(file);
    expect(text).toContain("StatementofApplicability");
    expect(text).toContain("Coveredbythegrouppolicy");
    const xlsx = join(out, "soa-v3.xlsx");
    const missing = aims(["export", "soa", "--soa-version", "3", "--out", xlsx, "--data-dir", dataDir]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^aims: .*3.*not found/);
    expect(existsSync(xlsx)).toBe(false);
    expect(existsSync(`${xlsx}.part`)).toBe(false);
  });

  it("exports an impact assessment by key to DOCX with its answers", async () => {
    const file = join(out, "ia.docx");
    const r = aims([
      "export",
      "impact-assessment",
      assessmentKey,
      "--format",
      "docx",
      "--out",
      file,
      "--data-dir",
      dataDir,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")!.async("string");
    expect(xml).toContain("Shortlist applicants for interviews");
    expect(xml).toContain("not answered");
    const unknown = aims(["export", "impact-assessment", "IA-999", "--out", file, "--data-dir", dataDir]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe("aims: impact assessment IA-999 not found\n");
    const badFormat = aims(["export", "impact-assessment", assessmentKey, "--format", "xlsx", "--out", file]);
    expect(badFormat.status).not.toBe(0);
  });
});
