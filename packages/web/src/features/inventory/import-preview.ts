/** Reading an inventory file in the browser and presenting the server's check of it, row by row. */
import { validationIssues } from "../../api/errors";
import type { ImportResult, InventoryFileFormat } from "./inventory-api";

export type RowProblem = { column: string; message: string };
export type RowProblems = { row: number; problems: RowProblem[] };

/** The format of a file by its name, or null when it is neither CSV nor XLSX. */
export function formatOfInventoryFile(name: string): InventoryFileFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  return null;
}

/** Bytes as base64 (how an .xlsx file travels in the JSON body), in chunks so large files do not overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** The problems of a checked file, one entry per row, rows and columns in file order. */
export function groupImportErrors(
  errors: readonly { row: number; column: string; message: string }[],
  columnOrder: readonly string[] = [],
): RowProblems[] {
  const byRow = new Map<number, RowProblem[]>();
  for (const e of errors) {
    const list = byRow.get(e.row) ?? [];
    list.push({ column: e.column, message: e.message });
    byRow.set(e.row, list);
  }
  const rank = (column: string) => {
    const i = columnOrder.indexOf(column);
    return i < 0 ? columnOrder.length : i;
  };
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, problems]) => ({
      row,
      problems: [...problems].sort((a, b) => rank(a.column) - rank(b.column)),
    }));
}

/**
 * The row problems of a refused "Import all" (400 VALIDATION_FAILED, issues with paths like
 * `row 3 (name)` and a `line`), so they show in the same table as a preview.
 */
export function importErrorsOfFailure(details: unknown): { row: number; column: string; message: string }[] {
  const lines = new Map<string, number>();
  if (
    typeof details === "object" &&
    details !== null &&
    Array.isArray((details as { issues?: unknown }).issues)
  ) {
    for (const raw of (details as { issues: unknown[] }).issues) {
      const issue = raw as { path?: unknown; line?: unknown };
      if (typeof issue.path === "string" && typeof issue.line === "number") lines.set(issue.path, issue.line);
    }
  }
  return validationIssues(details).map((issue) => {
    const match = /^row (\d+)(?: \((.+)\))?$/.exec(issue.path);
    return {
      row: match ? Number(match[1]) : (lines.get(issue.path) ?? 0),
      column: match?.[2] ?? "",
      message: issue.message,
    };
  });
}

/** What the person may do after a preview. */
export function importChoices(result: ImportResult): { all: boolean; validOnly: boolean } {
  return {
    all: result.rows > 0 && result.invalid === 0,
    validOnly: result.valid > 0 && result.invalid > 0,
  };
}

/** "3 rows: 2 valid, 1 with problems." */
export function previewSummary(result: ImportResult): string {
  const rows = `${result.rows} ${result.rows === 1 ? "row" : "rows"}`;
  if (result.rows === 0) return "The file has no rows to import.";
  if (result.invalid === 0) return `${rows}, all valid.`;
  return `${rows}: ${result.valid} valid, ${result.invalid} with problems.`;
}
