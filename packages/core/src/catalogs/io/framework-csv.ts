/**
 * A framework as one CSV file a compliance person can edit in a spreadsheet:
 *
 *   #id,my-ai-policy            metadata lines, one per field; #sources and #notes repeat
 *   #version,2025
 *   ...
 *   id,title,summary,kind,assessable,parent,roles,...   the requirements table
 *
 * List cells (roles, riskClasses, documentedInformation, scope, related, aliases) separate items
 * with `;`. `sortOrder` is the row order unless the optional `sortOrder` column says otherwise.
 */
import type { Framework, Requirement } from "../catalog-schema.js";
import { checkFramework } from "./check.js";
import {
  decodeCell,
  joinList,
  readCsvRows,
  readHeader,
  rowWidthError,
  splitLayout,
  splitList,
  writeCsv,
  type CsvRow,
  type MetaLine,
} from "./csv-table.js";
import {
  checkFileSize,
  failure,
  problemsToErrors,
  rowLimitError,
  type CatalogFileError,
  type CatalogParseResult,
  type PathSegment,
} from "./shared.js";

/** Framework metadata: everything but the requirements. */
export type FrameworkHeader = Omit<Framework, "requirements">;

const SCALAR_KEYS = [
  "id",
  "version",
  "name",
  "shortName",
  "publisher",
  "kind",
  "jurisdiction",
  "publishedOn",
  "effectiveFrom",
  "effectiveTo",
  "supersedes",
  "supersededBy",
  "url",
] as const;
const LIST_KEYS = ["sources", "notes"] as const;

const TAG_COLUMNS = ["roles", "riskClasses", "documentedInformation", "scope", "related"] as const;
/** Columns of the requirements table, in the order they are written. */
export const FRAMEWORK_CSV_COLUMNS = [
  "id",
  "title",
  "summary",
  "kind",
  "assessable",
  "parent",
  ...TAG_COLUMNS,
  "effectiveFrom",
  "citation",
  "aliases",
  "sortOrder",
] as const;
const REQUIRED_COLUMNS = ["id", "title", "summary", "kind", "assessable"];

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "x"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0"]);

/** Reads the metadata block into header fields, noting the line of each value. */
function readMeta(meta: readonly MetaLine[], errors: CatalogFileError[]) {
  const values: Record<string, unknown> = {};
  const lines = new Map<string, number[]>();
  const scalar = new Set<string>(SCALAR_KEYS);
  const list = new Set<string>(LIST_KEYS);
  for (const { line, key, value } of meta) {
    if (!scalar.has(key) && !list.has(key)) {
      errors.push({
        line,
        field: `#${key}`,
        message: `unknown metadata key; expected #${[...SCALAR_KEYS, ...LIST_KEYS].join(", #")}`,
      });
      continue;
    }
    if (value === "") continue;
    if (scalar.has(key) && lines.has(key)) {
      errors.push({
        line,
        field: `#${key}`,
        message: `#${key} is given twice (first on line ${lines.get(key)?.[0]})`,
      });
      continue;
    }
    lines.set(key, [...(lines.get(key) ?? []), line]);
    if (list.has(key)) values[key] = [...((values[key] as string[] | undefined) ?? []), value];
    else values[key] = value;
  }
  return { values, lines };
}

/** One table row as a raw requirement (validated later), plus problems only the CSV can see. */
function readRow(row: CsvRow, index: number, columns: Map<string, number>, errors: CatalogFileError[]) {
  const cell = (name: string) => {
    const position = columns.get(name);
    return position === undefined ? "" : decodeCell(row.cells[position] ?? "");
  };
  const raw: Record<string, unknown> = {
    id: cell("id"),
    title: cell("title"),
    summary: cell("summary"),
    kind: cell("kind"),
  };
  const assessable = cell("assessable").toLowerCase();
  if (TRUE_WORDS.has(assessable)) raw.assessable = true;
  else if (FALSE_WORDS.has(assessable)) raw.assessable = false;
  else {
    raw.assessable = assessable;
    errors.push({
      line: row.line,
      field: "assessable",
      message: `must be true or false; found "${cell("assessable")}"`,
    });
  }
  raw.parent = cell("parent") === "" ? null : cell("parent");
  const tags: Record<string, string[]> = {};
  for (const name of TAG_COLUMNS) {
    const items = splitList(cell(name));
    if (items.length > 0) tags[name] = items;
  }
  raw.tags = tags;
  for (const name of ["effectiveFrom", "citation"]) if (cell(name) !== "") raw[name] = cell(name);
  const aliases = splitList(cell("aliases"));
  if (aliases.length > 0) raw.aliases = aliases;
  const sortOrder = cell("sortOrder");
  if (sortOrder === "") raw.sortOrder = index;
  else if (/^\d{1,9}$/.test(sortOrder)) raw.sortOrder = Number(sortOrder);
  else {
    raw.sortOrder = sortOrder;
    errors.push({
      line: row.line,
      field: "sortOrder",
      message: `must be a whole number; found "${sortOrder}"`,
    });
  }
  return raw;
}

/**
 * Parses a framework CSV file. `meta` supplies header fields the file leaves out (for instance
 * the id and version chosen in the import dialog); the file's own `#key` lines win.
 */
export function parseFrameworkCsv(
  text: string,
  meta: Partial<FrameworkHeader> = {},
): CatalogParseResult<Framework> {
  const sizeErrors = checkFileSize(text);
  if (sizeErrors.length > 0) return failure(sizeErrors);
  const read = readCsvRows(text);
  if ("error" in read) return failure([read.error]);
  const layout = splitLayout(read.rows);
  const errors: CatalogFileError[] = [...layout.errors];
  const limit = rowLimitError(layout.rows.length, "requirement rows");
  if (limit) return failure([limit]);

  const { values, lines: metaLines } = readMeta(layout.meta, errors);
  if (layout.header === null) {
    errors.push({
      line: null,
      message: `no requirements table; add a header row: ${FRAMEWORK_CSV_COLUMNS.join(",")}`,
    });
    return failure(errors);
  }
  const { columns, errors: headerErrors } = readHeader(
    layout.header,
    FRAMEWORK_CSV_COLUMNS,
    REQUIRED_COLUMNS,
  );
  if (headerErrors.length > 0) return failure([...errors, ...headerErrors]);

  const cellErrors: CatalogFileError[] = [];
  const header = layout.header;
  const requirements = layout.rows.map((row, index) => {
    const widthError = rowWidthError(row, header);
    if (widthError) cellErrors.push(widthError);
    return readRow(row, index, columns, cellErrors);
  });
  const raw = { ...meta, ...values, requirements };

  const locate = (path: PathSegment[]) => {
    const [first, index, ...rest] = path;
    if (first === "requirements" && typeof index === "number") {
      const field = rest[0] === "tags" ? rest[1] : rest[0];
      return { line: layout.rows[index]?.line ?? null, ...(typeof field === "string" ? { field } : {}) };
    }
    if (first === "requirements") return { line: header.line, field: "requirements" };
    if (typeof first !== "string") return { line: null };
    const at = metaLines.get(first)?.[typeof index === "number" ? index : 0];
    return { line: at ?? null, field: `#${first}` };
  };
  const missing = (path: PathSegment[]) =>
    path.length === 1 ? `is required; add a line "#${String(path[0])},<value>"` : "is required but empty";

  const { problems, value } = checkFramework(raw);
  // A cell the CSV layer already explained (assessable, sortOrder) needs no second, vaguer error.
  const explained = new Set(cellErrors.map((error) => `${error.line}\u0000${error.field}`));
  const itemLine = (_collection: string, index: number) => layout.rows[index]?.line ?? null;
  const located = problemsToErrors(problems, raw, { locate, missing, itemLine }).filter(
    (error) => !explained.has(`${error.line}\u0000${error.field}`),
  );
  // Within a row, report in column order (sortErrors keeps this order for equal lines).
  const rank = (error: CatalogFileError) => columns.get(error.field ?? "") ?? -1;
  errors.push(...[...cellErrors, ...located].sort((a, b) => rank(a) - rank(b)));
  if (errors.length > 0 || !value) return failure(errors);
  return { ok: true, value };
}

/** Writes a framework in the CSV layout `parseFrameworkCsv` reads; the two round-trip exactly. */
export function frameworkToCsv(framework: Framework): string {
  const meta: Array<[string, string]> = [];
  for (const key of SCALAR_KEYS) {
    const value = framework[key];
    if (value !== undefined) meta.push([key, value]);
  }
  for (const key of LIST_KEYS) for (const value of framework[key] ?? []) meta.push([key, value]);

  const ordered = framework.requirements;
  const needsSortOrder = ordered.some((requirement, index) => requirement.sortOrder !== index);
  const columns = FRAMEWORK_CSV_COLUMNS.filter((name) => name !== "sortOrder" || needsSortOrder);
  const cellsOf = (requirement: Requirement): Record<(typeof FRAMEWORK_CSV_COLUMNS)[number], string> => ({
    id: requirement.id,
    title: requirement.title,
    summary: requirement.summary,
    kind: requirement.kind,
    assessable: String(requirement.assessable),
    parent: requirement.parent ?? "",
    roles: joinList(requirement.tags.roles),
    riskClasses: joinList(requirement.tags.riskClasses),
    documentedInformation: joinList(requirement.tags.documentedInformation),
    scope: joinList(requirement.tags.scope),
    related: joinList(requirement.tags.related),
    effectiveFrom: requirement.effectiveFrom ?? "",
    citation: requirement.citation ?? "",
    aliases: joinList(requirement.aliases),
    sortOrder: String(requirement.sortOrder),
  });
  const rows = ordered.map((requirement) => {
    const cells = cellsOf(requirement);
    return columns.map((name) => cells[name]);
  });
  return writeCsv(meta, columns, rows);
}
