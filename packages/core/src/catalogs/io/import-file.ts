/**
 * One entry point for an uploaded catalog file: tells a framework from a crosswalk and parses it.
 * CSV: a crosswalk has `#from`/`#to` lines or a `relationship` column; a framework has `#id` or a
 * `summary` column. YAML and JSON: a crosswalk has `entries` (or `from` and `to`), a framework
 * has `requirements` (or `id` and `version`).
 */
import type { Crosswalk, Framework } from "../catalog-schema.js";
import type { FrameworkResolver } from "./check.js";
import { parseCrosswalkCsv } from "./crosswalk-csv.js";
import { crosswalkFromTree } from "./crosswalk-yaml.js";
import { readCsvRows, splitLayout } from "./csv-table.js";
import { parseFrameworkCsv, type FrameworkHeader } from "./framework-csv.js";
import { frameworkFromTree } from "./framework-yaml.js";
import { checkFileSize, sortErrors, type CatalogFileError, type CatalogParseResult } from "./shared.js";
import { readJson, readYaml } from "./tree-source.js";

export type CatalogFileFormat = "csv" | "yaml" | "json";

export type ParsedCatalogFile =
  | { ok: true; kind: "framework"; value: Framework }
  | { ok: true; kind: "crosswalk"; value: Crosswalk }
  | { ok: false; errors: CatalogFileError[] };

export interface CatalogFileOptions {
  /** Framework header fields a CSV file may leave out (see `parseFrameworkCsv`). */
  frameworkMeta?: Partial<FrameworkHeader>;
  /** Known frameworks, to check that crosswalk entry ends exist. */
  resolveFramework?: FrameworkResolver;
}

type Kind = "framework" | "crosswalk";

function refuse(errors: readonly CatalogFileError[]): ParsedCatalogFile {
  return { ok: false, errors: sortErrors(errors) };
}

const UNKNOWN_KIND =
  "cannot tell whether this is a framework or a crosswalk: a framework has requirements " +
  "(CSV: an id,title,summary,... table), a crosswalk has entries (CSV: #from and #to lines and a " +
  "from,to,relationship,... table)";

function csvKind(text: string): Kind | CatalogFileError[] {
  const read = readCsvRows(text);
  if ("error" in read) return [read.error];
  const layout = splitLayout(read.rows);
  const keys = new Set(layout.meta.map((meta) => meta.key));
  const columns = new Set((layout.header?.cells ?? []).map((cell) => cell.trim().toLowerCase()));
  if (columns.has("relationship") || (keys.has("from") && keys.has("to"))) return "crosswalk";
  if (columns.has("summary") || keys.has("id")) return "framework";
  return [{ line: layout.header?.line ?? null, message: UNKNOWN_KIND }];
}

function treeKind(value: unknown): Kind | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const has = (key: string) => Object.prototype.hasOwnProperty.call(value, key);
  if (has("entries") || (has("from") && has("to"))) return "crosswalk";
  if (has("requirements") || (has("id") && has("version"))) return "framework";
  return null;
}

function tagged(kind: "framework", result: CatalogParseResult<Framework>): ParsedCatalogFile;
function tagged(kind: "crosswalk", result: CatalogParseResult<Crosswalk>): ParsedCatalogFile;
function tagged(
  kind: Kind,
  result: CatalogParseResult<Framework> | CatalogParseResult<Crosswalk>,
): ParsedCatalogFile {
  if (!result.ok) return result;
  return kind === "framework"
    ? { ok: true, kind, value: result.value as Framework }
    : { ok: true, kind, value: result.value as Crosswalk };
}

/** Parses an uploaded framework or crosswalk file of the given format, with errors by line. */
export function parseCatalogFile(
  text: string,
  format: CatalogFileFormat,
  options: CatalogFileOptions = {},
): ParsedCatalogFile {
  const sizeErrors = checkFileSize(text);
  if (sizeErrors.length > 0) return refuse(sizeErrors);

  if (format === "csv") {
    const kind = csvKind(text);
    if (Array.isArray(kind)) return refuse(kind);
    return kind === "framework"
      ? tagged(kind, parseFrameworkCsv(text, options.frameworkMeta))
      : tagged(kind, parseCrosswalkCsv(text, { resolveFramework: options.resolveFramework }));
  }

  const read = format === "json" ? readJson(text) : readYaml(text);
  if ("errors" in read) return refuse(read.errors);
  const kind = treeKind(read.source.value);
  if (kind === null) return refuse([{ line: read.source.lineOf([]), message: UNKNOWN_KIND }]);
  return kind === "framework"
    ? tagged(kind, frameworkFromTree(read.source))
    : tagged(kind, crosswalkFromTree(read.source, options.resolveFramework));
}
