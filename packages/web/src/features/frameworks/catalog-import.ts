/** The catalog import dialog's logic: which format a file is in, and the problems by line. */
import type { CATALOG_FILE_FORMATS } from "@openaims/core";
import { isApiError, upperFirst } from "../../api/errors";

export type CatalogFileFormat = (typeof CATALOG_FILE_FORMATS)[number];

export type CatalogImportResult = {
  kind: "framework" | "crosswalk";
  ref: string;
  requirementCount?: number;
  entryCount?: number;
};

/** The format of a file by its extension (`.csv`, `.yaml`/`.yml`, `.json`), or null. */
export function formatOfFileName(name: string): CatalogFileFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  if (ext === "csv") return "csv";
  if (ext === "yaml" || ext === "yml") return "yaml";
  if (ext === "json") return "json";
  return null;
}

/** A guess for pasted text: JSON starts with `{`, CSV has `#key,value` or comma rows, YAML `key: value`. */
export function guessFormatOfContent(text: string): CatalogFileFormat | null {
  const body = text.replace(/^\uFEFF/, "").trim();
  if (!body) return null;
  if (body.startsWith("{") || body.startsWith("[")) return "json";
  const first = body.split(/\r?\n/).find((line) => line.trim() && !line.startsWith("##")) ?? "";
  if (/^#[A-Za-z]+,/.test(first)) return "csv";
  if (/^[A-Za-z][A-Za-z0-9_]*:(\s|$)/.test(first) || first === "---") return "yaml";
  if (first.includes(",")) return "csv";
  return null;
}

/** One problem of a file: its line (null for the whole file), where the server says it is, and what. */
export type ImportIssue = { line: number | null; where: string; label: string; message: string };

/**
 * The problems of a refused file (VALIDATION_FAILED `details.issues`), by line, file-wide ones
 * first; the label keeps the server's detail ("Line 4 (summary)").
 */
export function importIssues(error: unknown): ImportIssue[] {
  if (!isApiError(error, "VALIDATION_FAILED")) return [];
  const details = error.details as { issues?: unknown } | undefined;
  if (!details || !Array.isArray(details.issues)) return [];
  const out: ImportIssue[] = [];
  for (const raw of details.issues as unknown[]) {
    if (typeof raw !== "object" || raw === null) continue;
    const issue = raw as { path?: unknown; line?: unknown; message?: unknown };
    if (typeof issue.message !== "string") continue;
    const where = Array.isArray(issue.path) ? issue.path.join(".") : String(issue.path ?? "");
    const fromPath = /^line (\d+)/i.exec(where)?.[1];
    const line =
      typeof issue.line === "number" && Number.isFinite(issue.line)
        ? issue.line
        : fromPath
          ? Number(fromPath)
          : null;
    const label = where ? upperFirst(where) : line !== null ? `Line ${line}` : "";
    out.push({ line, where, label, message: issue.message });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** "Imported the framework acme:2025 with 3 requirements." */
export function importSummary(result: CatalogImportResult): string {
  if (result.kind === "framework") {
    const n = result.requirementCount;
    return `Imported the framework ${result.ref}${n === undefined ? "" : ` with ${n} requirement${n === 1 ? "" : "s"}`}.`;
  }
  const n = result.entryCount;
  return `Imported the crosswalk ${result.ref}${n === undefined ? "" : ` with ${n} entr${n === 1 ? "y" : "ies"}`}.`;
}
