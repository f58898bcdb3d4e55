/**
 * A crosswalk as one CSV file:
 *
 *   #from,iso-iec-42001:2023      the two framework refs, then optional #title and #notes lines
 *   #to,gdpr:2016
 *   from,to,relationship,rationale,confidence,source
 *   6.1.4,Art. 35,intersects-with,Both assess effects on individuals...,high,OpenAIMS
 */
import type { Crosswalk } from "../catalog-schema.js";
import { checkCrosswalk, type FrameworkResolver } from "./check.js";
import { decodeCell, readCsvRows, readHeader, rowWidthError, splitLayout, writeCsv } from "./csv-table.js";
import {
  checkFileSize,
  failure,
  problemsToErrors,
  rowLimitError,
  type CatalogFileError,
  type CatalogParseResult,
  type PathSegment,
} from "./shared.js";

/** Crosswalk metadata: everything but the entries. */
export type CrosswalkHeader = Omit<Crosswalk, "entries">;

export interface CrosswalkParseOptions {
  /** Header fields the file leaves out; the file's own `#key` lines win. */
  meta?: Partial<CrosswalkHeader>;
  /** Known frameworks; when both ends resolve, every entry end must exist in them. */
  resolveFramework?: FrameworkResolver;
}

const SCALAR_KEYS = ["from", "to", "title"] as const;
/** Columns of the entries table, in the order they are written. */
export const CROSSWALK_CSV_COLUMNS = [
  "from",
  "to",
  "relationship",
  "rationale",
  "confidence",
  "source",
] as const;

/** Parses a crosswalk CSV file. */
export function parseCrosswalkCsv(
  text: string,
  options: CrosswalkParseOptions = {},
): CatalogParseResult<Crosswalk> {
  const sizeErrors = checkFileSize(text);
  if (sizeErrors.length > 0) return failure(sizeErrors);
  const read = readCsvRows(text);
  if ("error" in read) return failure([read.error]);
  const layout = splitLayout(read.rows);
  const errors: CatalogFileError[] = [...layout.errors];
  const limit = rowLimitError(layout.rows.length, "entry rows");
  if (limit) return failure([limit]);

  const values: Record<string, unknown> = {};
  const metaLines = new Map<string, number[]>();
  for (const { line, key, value } of layout.meta) {
    const scalar = (SCALAR_KEYS as readonly string[]).includes(key);
    if (!scalar && key !== "notes") {
      errors.push({
        line,
        field: `#${key}`,
        message: "unknown metadata key; expected #from, #to, #title, #notes",
      });
    } else if (value === "") {
      continue;
    } else if (scalar && metaLines.has(key)) {
      errors.push({
        line,
        field: `#${key}`,
        message: `#${key} is given twice (first on line ${metaLines.get(key)?.[0]})`,
      });
    } else {
      metaLines.set(key, [...(metaLines.get(key) ?? []), line]);
      values[key] = scalar ? value : [...((values[key] as string[] | undefined) ?? []), value];
    }
  }
  if (layout.header === null) {
    errors.push({
      line: null,
      message: `no entries table; add a header row: ${CROSSWALK_CSV_COLUMNS.join(",")}`,
    });
    return failure(errors);
  }
  const { columns, errors: headerErrors } = readHeader(
    layout.header,
    CROSSWALK_CSV_COLUMNS,
    CROSSWALK_CSV_COLUMNS,
  );
  if (headerErrors.length > 0) return failure([...errors, ...headerErrors]);

  const header = layout.header;
  const entries = layout.rows.map((row) => {
    const widthError = rowWidthError(row, header);
    if (widthError) errors.push(widthError);
    const entry: Record<string, string> = {};
    for (const [name, position] of columns) entry[name] = decodeCell(row.cells[position] ?? "");
    return entry;
  });
  const raw = { ...options.meta, ...values, entries };
  const locate = (path: PathSegment[]) => {
    const [first, index, field] = path;
    if (first === "entries" && typeof index === "number") {
      return { line: layout.rows[index]?.line ?? null, ...(typeof field === "string" ? { field } : {}) };
    }
    if (first === "entries") return { line: header.line, field: "entries" };
    if (typeof first !== "string") return { line: null };
    return {
      line: metaLines.get(first)?.[typeof index === "number" ? index : 0] ?? null,
      field: `#${first}`,
    };
  };
  const missing = (path: PathSegment[]) =>
    path.length === 1 ? `is required; add a line "#${String(path[0])},<value>"` : "is required but empty";
  const { problems, value } = checkCrosswalk(raw, options.resolveFramework);
  const itemLine = (_collection: string, index: number) => layout.rows[index]?.line ?? null;
  errors.push(...problemsToErrors(problems, raw, { locate, missing, itemLine }));
  if (errors.length > 0 || !value) return failure(errors);
  return { ok: true, value };
}

/** Writes a crosswalk in the CSV layout `parseCrosswalkCsv` reads; the two round-trip exactly. */
export function crosswalkToCsv(crosswalk: Crosswalk): string {
  const meta: Array<[string, string]> = [
    ["from", crosswalk.from],
    ["to", crosswalk.to],
  ];
  if (crosswalk.title !== undefined) meta.push(["title", crosswalk.title]);
  for (const note of crosswalk.notes ?? []) meta.push(["notes", note]);
  const rows = crosswalk.entries.map((entry) => CROSSWALK_CSV_COLUMNS.map((name) => entry[name]));
  return writeCsv(meta, CROSSWALK_CSV_COLUMNS, rows);
}
