import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx-renderer.js";
import { renderPdf } from "./pdf-renderer.js";
import type { Report } from "./report-model.js";
import { createXlsxWriter } from "./xlsx-writer.js";

const drain = async (s: Readable) => {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

/** Text of every page, through pdf.js (what a PDF reader shows). */
async function pdfPages(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
  }
  return pages;
}

const squash = (s: string) => s.replace(/\s+/g, "");
const ODD = "Zoë Ñuñez — Ελληνικά Кириллица ✓ 中文 🙂 tab\there \u0007bell \uD800lone";
const LONG = Array.from({ length: 400 }, (_, i) => `word${i}`)
  .join(" ")
  .padEnd(4000, "x");

const sample = (rows: number, extra: Partial<Report> = {}): Report => ({
  title: "Sample report ✓",
  subtitle: "for tests",
  generatedAt: new Date("2026-01-02T03:04:05Z"),
  metadata: [["Version", "7"]],
  blocks: [
    { kind: "heading", level: 1, text: "Section one" },
    { kind: "paragraph", text: ODD },
    {
      kind: "fields",
      fields: [
        ["Owner", "Ada Lovelace"],
        ["Long answer", LONG],
      ],
    },
    {
      kind: "table",
      columns: [
        { header: "Key", width: 1 },
        { header: "Answer", width: 4 },
      ],
      rows: [
        ...Array.from({ length: rows }, (_, i) => [`ROW-${i + 1}`, i === 3 ? LONG : `answer ${i + 1}`]),
        [`ROW-${rows + 1}`, "last"],
      ],
    },
    {
      kind: "grid",
      caption: "Heat map",
      rowLabels: ["High", "Low"],
      columnLabels: ["Minor", "Major"],
      cells: [
        [
          { text: "1", color: "#ffcc00" },
          { text: "2", color: "#ff0000" },
        ],
        [
          { text: "3", color: "#00ff00" },
          { text: "4", color: "#ffcc00" },
        ],
      ],
    },
  ],
  ...extra,
});

describe("PDF renderer", () => {
  it("renders every row, long and odd text, across pages with repeated headers and footers", async () => {
    const buffer = await drain(renderPdf(sample(120)));
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = await pdfPages(buffer);
    expect(pages.length).toBeGreaterThan(2);
    const all = squash(pages.join(" "));
    for (let i = 1; i <= 120; i++) if (i !== 4) expect(all).toMatch(new RegExp(`ROW-${i}answer${i}(?!\\d)`));
    expect(all).toContain(squash("Zoë Ñuñez — Ελληνικά Кириллица ✓"));
    expect(all).toContain("word399"); // the end of a 4,000-character answer
    expect(all).toContain("AdaLovelace");
    pages.forEach((p, i) => {
      expect(squash(p)).toContain(`Page${i + 1}`);
      expect(squash(p)).toContain("Samplereport✓");
    });
    // Headers repeat on the pages a table continues on.
    expect(pages.slice(1).some((p) => squash(p).includes("KeyAnswer"))).toBe(true);
  });

  it("streams rows produced on the fly, landscape, and splits a cell taller than a page", async () => {
    async function* rows() {
      for (let i = 0; i < 3; i++)
        yield [`R${i}`, Array.from({ length: 3000 }, (_, j) => `w${i}-${j}`).join(" ")];
    }
    const report = sample(0, {
      landscape: true,
      blocks: [
        {
          kind: "table",
          columns: [
            { header: "K", width: 1 },
            { header: "Text", width: 1 },
          ],
          rows: rows(),
        },
      ],
    });
    const pages = await pdfPages(await drain(renderPdf(report)));
    expect(pages.length).toBeGreaterThan(3);
    const all = squash(pages.join(" "));
    for (let i = 0; i < 3; i++) expect(all).toContain(`w${i}-2999`);
  });

  it("says so when a table is empty", async () => {
    const report = sample(0, {
      blocks: [{ kind: "table", columns: [{ header: "K", width: 1 }], rows: [], emptyText: "Nothing here." }],
    });
    expect(squash((await pdfPages(await drain(renderPdf(report)))).join(" "))).toContain("Nothinghere.");
  });
});

describe("DOCX renderer", () => {
  it("writes headings, fields and tables with their full text", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(sample(30)));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain("<w:tblHeader");
    expect(xml).toContain("Ada Lovelace");
    expect(xml).toContain("word399");
    expect(xml).toContain("Zoë Ñuñez — Ελληνικά Кириллица ✓ 中文 🙂");
    expect(xml).not.toContain("\u0007");
    for (let i = 1; i <= 30; i++) expect(xml).toContain(`>ROW-${i}<`);
    const footer = Object.keys(zip.files).find((f) => f.startsWith("word/footer"));
    expect(await zip.file(footer!)!.async("string")).toContain("Sample report ✓");
  });
});

describe("XLSX writer", () => {
  it("streams a sheet with a bold frozen header, autofilter, dates as dates and every row", async () => {
    const out = new PassThrough();
    const done = drain(out);
    const writer = createXlsxWriter(out, "Sheet", [
      { header: "Key", width: 10 },
      { header: "Text", width: 40 },
      { header: "Count", width: 8, type: "number" },
      { header: "Due", width: 12, type: "date" },
    ]);
    for (let i = 1; i <= 2500; i++)
      writer.addRow([`K-${i}`, i === 7 ? ODD : `text ${i}`, i, new Date(Date.UTC(2026, 0, 1 + (i % 28)))]);
    await writer.finish();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await done) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2501);
    expect(sheet.getRow(1).values).toEqual([undefined, "Key", "Text", "Count", "Due"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBe(40);
    expect(sheet.getCell("A2501").value).toBe("K-2500");
    expect(sheet.getCell("C2501").value).toBe(2500);
    expect(sheet.getCell("D2").value).toBeInstanceOf(Date);
    expect(sheet.getCell("B8").value).toBe(
      "Zoë Ñuñez — Ελληνικά Кириллица ✓ 中文 🙂 tab\there bell \uFFFDlone",
    );
  });
});
