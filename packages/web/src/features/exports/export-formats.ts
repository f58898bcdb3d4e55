import type { QueryValue } from "../../api/query-string";

export type ExportFormat = "xlsx" | "pdf" | "docx";

/** How each format is named on its button. */
export const FORMAT_LABELS: Record<ExportFormat, string> = { xlsx: "XLSX", pdf: "PDF", docx: "DOCX" };

/**
 * The query of one download: the page's filters without paging (an export is the whole filtered
 * list, not the page on screen), plus the format.
 */
export function exportQuery(
  query: Readonly<Record<string, QueryValue>>,
  format: ExportFormat,
): Record<string, QueryValue> {
  const { limit: _limit, offset: _offset, ...filters } = query;
  return { ...filters, format };
}

/** A file name to use when the server sends none: the last path segment before `/export`. */
export function fallbackFileName(url: string, format: ExportFormat): string {
  const parts = url
    .split("?")[0]!
    .split("/")
    .filter((p) => p && p !== "export");
  return `${parts.at(-1) ?? "export"}.${format}`;
}
