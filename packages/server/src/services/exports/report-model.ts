import type { Readable } from "node:stream";

/**
 * A neutral report: what an export says, independent of the file format. Builders (risk register,
 * SoA, impact assessment) produce it; the PDF and DOCX renderers lay it out.
 */

export type ReportTable = {
  kind: "table";
  /** Column headers, repeated on every page a table spans. */
  columns: {
    header: string;
    /** Relative width (any unit; the renderer scales to the page). */ width: number;
  }[];
  /** Rows as a list, or produced on the fly (a large register is never held in memory). */
  rows: string[][] | AsyncIterable<string[]>;
  /** Shown instead of an empty table. */
  emptyText?: string;
};

export type ReportBlock =
  | { kind: "heading"; text: string; level: 1 | 2 | 3 }
  | { kind: "paragraph"; text: string; muted?: boolean }
  | { kind: "fields"; fields: [label: string, value: string][] }
  | ReportTable
  /** A small grid of counts with coloured cells (the risk heat map). */
  | {
      kind: "grid";
      caption: string;
      rowLabels: string[];
      columnLabels: string[];
      cells: { text: string; color: string }[][];
    };

export type Report = {
  title: string;
  subtitle?: string;
  generatedAt: Date;
  /** Pairs printed under the title (who, filters, version…). */
  metadata: [label: string, value: string][];
  /** Wide tables read better on landscape pages. */
  landscape?: boolean;
  blocks: ReportBlock[] | AsyncIterable<ReportBlock>;
};

/** Shown wherever a question or field has no answer, so a reader sees the gap rather than nothing. */
export const NOT_ANSWERED = "not answered";

/** Text for an empty value: "—" for optional facts. */
export const orDash = (v: string | null | undefined): string => (v && v.trim() ? v : "—");

/** `YYYY-MM-DD` in UTC, for file names and dates in reports. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** A date-time as `YYYY-MM-DD HH:MM UTC`. */
export const isoMinute = (d: Date): string => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Every block of a report, whether it was given as a list or produced on the fly. */
export async function* blocksOf(report: Report): AsyncGenerator<ReportBlock> {
  for await (const b of report.blocks as AsyncIterable<ReportBlock>) yield b;
}

/** A finished export: its suggested file name, its type and its content as a stream. */
export type ExportFile = { filename: string; contentType: string; stream: Readable };
export const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** `acceptance_pending` → "Acceptance pending". */
export const labelOf = (value: string): string => {
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};
