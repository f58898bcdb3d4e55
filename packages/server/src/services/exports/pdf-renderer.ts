import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { blocksOf, isoMinute, type Report, type ReportBlock, type ReportTable } from "./report-model.js";
import { cleanText } from "./text.js";

type Doc = PDFKit.PDFDocument;

/** DejaVu covers Latin, Greek, Cyrillic and many symbols, so names in any of them print (embedded, subset). */
const FONT_DIR = join(
  dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);
const FONTS = { body: join(FONT_DIR, "DejaVuSans.ttf"), bold: join(FONT_DIR, "DejaVuSans-Bold.ttf") };

const MARGIN = 40;
const FOOTER_GAP = 24;
const PAD = 3;
const BODY_SIZE = 9;
const TABLE_SIZE = 7.5;
const BORDER = "#9aa0a6";
const HEADER_FILL = "#e9ecef";
/** Output waiting to be read beyond which rendering pauses, so a slow client keeps memory flat. */
const BACKLOG_LIMIT = 4 * 1024 * 1024;

export type PdfOptions = { compress?: boolean };

/** Renders a report as an A4 PDF stream (ISO 216): DejaVu fonts, page number and title in every footer. */
export function renderPdf(report: Report, options: PdfOptions = {}): Readable {
  const doc = new PDFDocument({
    size: "A4",
    layout: report.landscape ? "landscape" : "portrait",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_GAP / 2 },
    autoFirstPage: false,
    bufferPages: false,
    compress: options.compress ?? true,
    info: { Title: cleanText(report.title), Creator: "OpenAIMS", CreationDate: report.generatedAt },
  });
  doc.registerFont("body", FONTS.body);
  doc.registerFont("bold", FONTS.bold);
  let pageNumber = 0;
  doc.on("pageAdded", () => drawFooter(doc, cleanText(report.title), ++pageNumber));
  void writeReport(doc, report).catch((error: unknown) => doc.destroy(error as Error));
  return doc;
}

async function writeReport(doc: Doc, report: Report): Promise<void> {
  doc.addPage();
  doc.font("bold").fontSize(16).text(cleanText(report.title));
  if (report.subtitle) doc.font("body").fontSize(11).fillColor("#444").text(cleanText(report.subtitle));
  doc.moveDown(0.3).font("body").fontSize(BODY_SIZE).fillColor("#444");
  const meta: [string, string][] = [["Generated", isoMinute(report.generatedAt)], ...report.metadata];
  for (const [label, value] of meta) {
    doc.font("bold").text(`${cleanText(label)}: `, { continued: true });
    doc.font("body").text(cleanText(value));
  }
  doc.fillColor("black").moveDown(0.8);
  for await (const block of blocksOf(report)) {
    await drawBlock(doc, block);
    await relieve(doc);
  }
  doc.end();
}

async function drawBlock(doc: Doc, block: ReportBlock): Promise<void> {
  const x = doc.page.margins.left;
  switch (block.kind) {
    case "heading": {
      const size = block.level === 1 ? 14 : block.level === 2 ? 12 : 10.5;
      // Keep a heading with the start of what follows it.
      ensureSpace(doc, size * 2 + 60);
      doc.moveDown(block.level === 1 ? 0.6 : 0.4);
      doc.font("bold").fontSize(size).fillColor("black").text(cleanText(block.text), x);
      doc.moveDown(0.25);
      return;
    }
    case "paragraph":
      doc
        .font("body")
        .fontSize(BODY_SIZE)
        .fillColor(block.muted ? "#555" : "black")
        .text(cleanText(block.text), x);
      doc.fillColor("black").moveDown(0.4);
      return;
    case "fields":
      await drawTable(
        doc,
        {
          kind: "table",
          columns: [
            { header: "", width: 28 },
            { header: "", width: 72 },
          ],
          rows: block.fields,
        },
        true,
      );
      return;
    case "table":
      await drawTable(doc, block);
      return;
    case "grid":
      drawGrid(doc, block);
  }
}

/**
 * Column widths in points: the report's proportions, but never narrower than the longest word of
 * the header, so "Likelihood" is not broken as "Likelih / ood".
 */
function columnWidths(doc: Doc, table: ReportTable, total: number): number[] {
  const sum = table.columns.reduce((a, c) => a + c.width, 0) || 1;
  const widths = table.columns.map((c) => (c.width / sum) * total);
  setCellFont(doc, true);
  const mins = table.columns.map(
    (c) =>
      Math.max(
        0,
        ...cleanText(c.header)
          .split(/\s+/)
          .map((w) => doc.widthOfString(w)),
      ) +
      2 * PAD +
      1,
  );
  const deficit = widths.reduce((a, w, i) => a + Math.max(0, mins[i]! - w), 0);
  const slack = widths.reduce((a, w, i) => a + Math.max(0, w - mins[i]!), 0);
  if (deficit === 0 || slack < deficit) return widths;
  return widths.map((w, i) => (w < mins[i]! ? mins[i]! : w - (deficit * (w - mins[i]!)) / slack));
}

/**
 * Draws a table row by row. The header is drawn with the first row that fits (never alone at the
 * foot of a page) and repeated on each page; a row taller than a page continues on the next.
 */
async function drawTable(doc: Doc, table: ReportTable, labels = false): Promise<void> {
  const x0 = doc.page.margins.left;
  const widths = columnWidths(doc, table, doc.page.width - doc.page.margins.left - doc.page.margins.right);
  const hasHeader = table.columns.some((c) => c.header);
  const header = table.columns.map((c) => cleanText(c.header));
  const headerHeight = hasHeader ? rowHeight(doc, widths, header, true) : 0;
  let headerDrawn = false;
  const drawHeader = () => {
    if (hasHeader) drawRow(doc, x0, widths, header, true);
    headerDrawn = true;
  };
  const newPage = () => {
    doc.addPage();
    headerDrawn = false;
  };
  doc.x = x0;
  let count = 0;
  for await (const raw of table.rows as AsyncIterable<string[]> | string[][]) {
    let cells = raw.map((c) => cleanText(c ?? ""));
    for (;;) {
      const extra = headerDrawn ? 0 : headerHeight;
      const needed = rowHeight(doc, widths, cells, false, labels) + extra;
      if (doc.y + needed <= bottom(doc)) {
        if (!headerDrawn) drawHeader();
        drawRow(doc, x0, widths, cells, false, labels);
        break;
      }
      const available = bottom(doc) - doc.y - extra - 2 * PAD;
      const atTop = doc.y <= doc.page.margins.top + 1 && !headerDrawn;
      // Move to a new page unless the row could never fit one, or enough room is left to split it here.
      if (!atTop && (needed < bodyHeight(doc) * 0.6 || available < 4 * TABLE_SIZE * 1.3)) {
        newPage();
        continue;
      }
      if (!headerDrawn) drawHeader();
      const room = bottom(doc) - doc.y - 2 * PAD;
      const parts = cells.map((c, i) => splitToFit(doc, c, widths[i]! - 2 * PAD, room));
      const head = parts.map((p) => p[0]);
      drawRow(doc, x0, widths, head, false, labels);
      cells = parts.map((p) => p[1]);
      newPage();
    }
    if (++count % 200 === 0) await relieve(doc);
    if (count % 2000 === 0) trimLayoutCaches(doc);
  }
  if (count === 0) {
    ensureSpace(doc, headerHeight + 20);
    drawHeader();
    if (table.emptyText) {
      doc
        .font("body")
        .fontSize(BODY_SIZE)
        .fillColor("#555")
        .text(cleanText(table.emptyText), x0, doc.y + 2);
      doc.fillColor("black");
    }
  }
  doc.x = x0;
  doc.moveDown(0.6);
}

function setCellFont(doc: Doc, bold: boolean): void {
  doc.font(bold ? "bold" : "body").fontSize(TABLE_SIZE);
}

/** Most cells hold one short line: measuring its width is far cheaper than wrapping it. */
const fitsOneLine = (doc: Doc, text: string, width: number) =>
  !text.includes("\n") && doc.widthOfString(text) <= width;

function rowHeight(doc: Doc, widths: number[], cells: string[], bold: boolean, labels = false): number {
  let h = 0;
  cells.forEach((c, i) => {
    if (!c) return;
    setCellFont(doc, bold || (labels && i === 0));
    const width = widths[i]! - 2 * PAD;
    h = Math.max(
      h,
      fitsOneLine(doc, c, width) ? doc.currentLineHeight(true) : doc.heightOfString(c, { width }),
    );
  });
  return h + 2 * PAD;
}

function drawRow(
  doc: Doc,
  x0: number,
  widths: number[],
  cells: string[],
  bold: boolean,
  labels = false,
): void {
  const h = rowHeight(doc, widths, cells, bold, labels);
  const y = doc.y;
  let x = x0;
  widths.forEach((w, i) => {
    if (bold) doc.rect(x, y, w, h).fill(HEADER_FILL);
    doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(BORDER).stroke();
    const text = cells[i] ?? "";
    if (text) {
      setCellFont(doc, bold || (labels && i === 0));
      // The height option keeps pdfkit from starting a page of its own on rounding differences.
      const width = w - 2 * PAD;
      doc.fillColor("black");
      if (fitsOneLine(doc, text, width)) doc.text(text, x + PAD, y + PAD, { lineBreak: false });
      else doc.text(text, x + PAD, y + PAD, { width, height: h, lineBreak: true });
    }
    x += w;
  });
  doc.x = x0;
  doc.y = y + h;
}

/** The longest prefix of `text` (cut at a space when possible) that fits `height`, and the rest. */
function splitToFit(doc: Doc, text: string, width: number, height: number): [string, string] {
  setCellFont(doc, false);
  if (!text || doc.heightOfString(text, { width }) <= height) return [text, ""];
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.heightOfString(text.slice(0, mid), { width }) <= height) lo = mid;
    else hi = mid - 1;
  }
  const space = text.lastIndexOf(" ", lo);
  const cut = space > lo / 2 ? space : lo;
  return [text.slice(0, cut), text.slice(cut).trimStart()];
}

function drawGrid(doc: Doc, grid: Extract<ReportBlock, { kind: "grid" }>): void {
  const cell = 34;
  const labelWidth = 110;
  const height = (grid.rowLabels.length + 2) * cell + 30;
  ensureSpace(doc, height);
  const x0 = doc.page.margins.left;
  doc.font("bold").fontSize(10).fillColor("black").text(cleanText(grid.caption), x0);
  let y = doc.y + 4;
  grid.cells.forEach((row, r) => {
    doc
      .font("body")
      .fontSize(TABLE_SIZE)
      .fillColor("black")
      .text(cleanText(grid.rowLabels[r] ?? ""), x0, y + cell / 2 - 4, {
        width: labelWidth - 6,
        height: cell,
        lineBreak: false,
        ellipsis: true,
      });
    row.forEach((c, i) => {
      const x = x0 + labelWidth + i * cell;
      doc.rect(x, y, cell, cell).fill(c.color);
      doc.rect(x, y, cell, cell).lineWidth(0.5).strokeColor("white").stroke();
      doc.font("bold").fontSize(9).fillColor("black");
      doc.text(cleanText(c.text), x, y + cell / 2 - 5, { width: cell, align: "center", lineBreak: false });
    });
    y += cell;
  });
  doc.font("body").fontSize(6.5).fillColor("black");
  grid.columnLabels.forEach((label, i) => {
    doc.text(cleanText(label), x0 + labelWidth + i * cell, y + 3, {
      width: cell,
      align: "center",
      height: 24,
    });
  });
  doc.x = x0;
  doc.y = y + 30;
}

function drawFooter(doc: Doc, title: string, page: number): void {
  const { x, y } = doc;
  const saved = doc.page.margins.bottom;
  doc.page.margins.bottom = 0; // writing below the margin would otherwise start a new page
  const width = doc.page.width - 2 * MARGIN;
  const top = doc.page.height - MARGIN + 4;
  doc.font("body").fontSize(7.5).fillColor("#666");
  doc.text(title, MARGIN, top, { width: width - 80, lineBreak: false, ellipsis: true });
  doc.text(`Page ${page}`, MARGIN + width - 80, top, { width: 80, align: "right", lineBreak: false });
  doc.page.margins.bottom = saved;
  doc.fillColor("black").font("body").fontSize(BODY_SIZE);
  doc.x = x;
  doc.y = y;
}

const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const bodyHeight = (doc: Doc) => bottom(doc) - doc.page.margins.top;

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** Waits while the reader is behind, so a 2,000-page PDF never sits in memory. */
async function relieve(doc: Doc): Promise<void> {
  while (doc.readableLength > BACKLOG_LIMIT && !doc.destroyed) {
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * pdfkit caches the layout of every distinct word it has set and never forgets one; over a
 * 50,000-row register that alone reached 300 MB. Starting the caches afresh keeps memory flat.
 */
function trimLayoutCaches(doc: Doc): void {
  const fonts = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })
    ._fontFamilies;
  for (const font of Object.values(fonts ?? {})) if (font.layoutCache) font.layoutCache = Object.create(null);
}
