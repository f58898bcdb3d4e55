/**
 * The CSV layout shared by framework and crosswalk files: optional `#key,value` metadata lines,
 * then one table whose first row names the columns. Reading keeps the physical line on which
 * each row starts (a quoted cell may span lines), so errors can point at it.
 */
import { stringify } from "csv-stringify/sync";
import type { CatalogFileError } from "./shared.js";

export interface CsvRow {
  /** 1-based physical line on which the row starts. */
  line: number;
  cells: string[];
}

/** RFC 4180 reader with line tracking: `,` separator, `"` quotes, `""` escape, LF or CRLF rows. */
export function readCsvRows(text: string): { rows: CsvRow[] } | { error: CatalogFileError } {
  const source = text.replace(/^\uFEFF/, "");
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowStart = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let closedQuote = false;

  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "" || closedQuote) rows.push({ line: rowStart, cells });
    cells = [];
    cell = "";
    closedQuote = false;
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (inQuotes) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        inQuotes = false;
        closedQuote = true;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
      closedQuote = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      endRow();
      line++;
      rowStart = line;
    } else if (closedQuote) {
      if (ch === " " || ch === "\t") continue;
      return { error: { line, message: `unexpected ${JSON.stringify(ch)} after a closing quote` } };
    } else if (ch === '"' && cell.trim() === "") {
      inQuotes = true;
      quoteLine = line;
      cell = "";
    } else {
      cell += ch;
    }
  }
  if (inQuotes) {
    return { error: { line: quoteLine, message: `quote opened on line ${quoteLine} is never closed` } };
  }
  if (cell !== "" || cells.length > 0 || closedQuote) endRow();
  return { rows: rows.filter((row) => row.cells.some((value) => value.trim() !== "")) };
}

/** A metadata line: `#key,value`. `##` starts a comment line, which is skipped. */
export interface MetaLine {
  line: number;
  key: string;
  value: string;
}

export interface CsvLayout {
  meta: MetaLine[];
  /** The column header row, or null when the file has only metadata. */
  header: CsvRow | null;
  rows: CsvRow[];
  errors: CatalogFileError[];
}

/** Splits rows into the metadata block, the header row and the data rows. */
export function splitLayout(rows: readonly CsvRow[]): CsvLayout {
  const layout: CsvLayout = { meta: [], header: null, rows: [], errors: [] };
  for (const row of rows) {
    const first = (row.cells[0] ?? "").trim();
    if (layout.header === null && first.startsWith("#")) {
      if (first.startsWith("##")) continue;
      const extra = row.cells.slice(2).some((value) => value.trim() !== "");
      if (extra) {
        layout.errors.push({
          line: row.line,
          field: first,
          message: "a metadata line holds one value; repeat the line for another value",
        });
      }
      layout.meta.push({ line: row.line, key: first.slice(1).trim(), value: decodeCell(row.cells[1] ?? "") });
    } else if (layout.header === null) {
      layout.header = row;
    } else {
      layout.rows.push(row);
    }
  }
  return layout;
}

/** Maps header names (case-insensitive) to column positions; reports unknown and repeated ones. */
export function readHeader(
  header: CsvRow,
  known: readonly string[],
  required: readonly string[],
): { columns: Map<string, number>; errors: CatalogFileError[] } {
  const byLower = new Map(known.map((name) => [name.toLowerCase(), name]));
  const columns = new Map<string, number>();
  const errors: CatalogFileError[] = [];
  header.cells.forEach((cell, index) => {
    const label = cell.trim();
    if (label === "") {
      if (header.cells.slice(index).some((value) => value.trim() !== "")) {
        errors.push({ line: header.line, message: `column ${index + 1} has no name` });
      }
      return;
    }
    const name = byLower.get(label.toLowerCase());
    if (name === undefined) {
      errors.push({
        line: header.line,
        field: label,
        message: `unknown column; expected ${known.join(", ")}`,
      });
    } else if (columns.has(name)) {
      errors.push({ line: header.line, field: label, message: "column appears twice" });
    } else {
      columns.set(name, index);
    }
  });
  for (const name of required) {
    if (!columns.has(name))
      errors.push({ line: header.line, field: name, message: "required column is missing" });
  }
  return { columns, errors };
}

/** Error for a row with values beyond the named columns (usually an unquoted comma), or null. */
export function rowWidthError(row: CsvRow, header: CsvRow): CatalogFileError | null {
  let width = header.cells.length;
  while (width > 0 && (header.cells[width - 1] ?? "").trim() === "") width--;
  if (!row.cells.slice(width).some((value) => value.trim() !== "")) return null;
  return {
    line: row.line,
    message: `row has values beyond the ${width} named columns; put cells that contain a comma in double quotes`,
  };
}

/** Cells Excel would run as a formula start with one of these; exports prefix them with `'`. */
const FORMULA_START = /^'*[=+\-@]/;

/** A cell value as written to a file, protected against formula injection. */
export function encodeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value of a cell: trimmed, with the formula guard of `encodeCell` removed. */
export function decodeCell(cell: string): string {
  const value = cell.trim();
  return /^'+[=+\-@]/.test(value) ? value.slice(1) : value;
}

/** Joins list items with `; `, escaping `\` and `;` inside items. */
export function joinList(items: readonly string[] | undefined): string {
  return (items ?? []).map((item) => item.replace(/\\/g, "\\\\").replace(/;/g, "\\;")).join("; ");
}

/** Splits a `;`-separated cell (`\;` is a literal semicolon); empty items are dropped. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (ch === "\\" && (cell[i + 1] === ";" || cell[i + 1] === "\\")) {
      current += cell[i + 1];
      i++;
    } else if (ch === ";") {
      items.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  items.push(current.trim());
  return items.filter((item) => item !== "");
}

/** Writes metadata lines, a blank line and the table, every value formula-guarded. */
export function writeCsv(
  meta: ReadonlyArray<[string, string]>,
  columns: readonly string[],
  rows: string[][],
): string {
  const records: string[][] = [
    ...meta.map(([key, value]) => [`#${key}`, encodeCell(value)]),
    ...(meta.length > 0 ? [[""]] : []),
    [...columns],
    ...rows.map((row) => row.map(encodeCell)),
  ];
  return stringify(records, { record_delimiter: "unix" });
}
