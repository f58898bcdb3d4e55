import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { cleanText, XLSX_CELL_LIMIT } from "./text.js";

export type XlsxColumn = {
  header: string;
  /** Width in characters. */
  width: number;
  /** Dates are written as Excel dates (sortable, filterable), numbers as numbers. */
  type?: "text" | "number" | "date";
};
export type XlsxCell = string | number | Date | null | undefined;

export type XlsxSheetWriter = {
  /** Writes one row and lets it go: memory stays flat however many rows follow. */
  addRow(values: XlsxCell[]): void;
  /** Waits while the output is behind (call between batches). */
  relieve(): Promise<void>;
  /** Finishes the sheet and the workbook; resolves once everything was handed to the stream. */
  finish(): Promise<void>;
};

const cellValue = (v: XlsxCell, type: XlsxColumn["type"]): ExcelJS.CellValue => {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return v;
  if (type === "number" && typeof v === "number") return v;
  const text = cleanText(String(v));
  return text.length > XLSX_CELL_LIMIT ? `${text.slice(0, XLSX_CELL_LIMIT - 1)}…` : text;
};

/**
 * A one-sheet workbook streamed to `out` (exceljs WorkbookWriter): bold frozen header row with an
 * autofilter, set widths, dates as dates. Inline strings, not a shared-string table, so nothing
 * accumulates in memory.
 */
export function createXlsxWriter(out: Writable, sheetName: string, columns: XlsxColumn[]): XlsxSheetWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "OpenAIMS";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width,
    ...(c.type === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  return {
    addRow(values) {
      const row = sheet.addRow(values.map((v, i) => cellValue(v, columns[i]?.type)));
      row.alignment = { vertical: "top", wrapText: false };
      row.commit();
    },
    async relieve() {
      if (out.writableNeedDrain) await new Promise((r) => out.once("drain", r));
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

/** Parses a `YYYY-MM-DD` (or ISO date-time) into a Date at UTC midnight, for date cells. */
export function dateCell(value: string | null | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? null : d;
}
