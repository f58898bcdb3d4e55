/** The vendor comparison as a table: vendors are columns; score, rating and each section are rows. */
import type { CampaignComparison, VendorRiskRating } from "@openaims/core";
import { scoreBand } from "./vendor-labels";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 10;

export type CompareCell =
  /** The vendor has no reviewed questionnaire yet. */
  | { kind: "not_assessed" }
  /** Its questionnaire did not ask this section. */
  | { kind: "not_asked" }
  | { kind: "score"; score: number; color: string }
  | { kind: "rating"; rating: VendorRiskRating | null };

export type CompareRow = { id: string; label: string; cells: CompareCell[] };

export type CompareColumn = CampaignComparison["vendors"][number] & { assessed: boolean };

const NOT_ASSESSED: CompareCell = { kind: "not_assessed" };

function scoreCell(score: number | null): CompareCell {
  return score === null ? { kind: "not_asked" } : { kind: "score", score, color: scoreBand(score).color };
}

/** Columns in the order the server sent them; rows: overall score, rating, then one per section. */
export function comparisonTable(c: CampaignComparison): { columns: CompareColumn[]; rows: CompareRow[] } {
  const columns = c.vendors.map((v) => ({ ...v, assessed: v.campaign !== null }));
  const rows: CompareRow[] = [
    {
      id: "score",
      label: "Overall score",
      cells: columns.map((v) => (v.assessed ? scoreCell(v.score) : NOT_ASSESSED)),
    },
    {
      id: "rating",
      label: "Questionnaire rating",
      cells: columns.map((v) => (v.assessed ? { kind: "rating", rating: v.rating } : NOT_ASSESSED)),
    },
    ...c.sections.map((s, i) => ({
      id: `section-${s.id}`,
      label: s.title,
      cells: columns.map((v) => (v.assessed ? scoreCell(v.sectionScores[i] ?? null) : NOT_ASSESSED)),
    })),
  ];
  return { columns, rows };
}

/** The vendor ids of `?ids=a,b,…`: trimmed, without blanks or repeats, at most MAX_COMPARED. */
export function parseIds(raw: string | null): string[] {
  if (!raw) return [];
  const ids = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, MAX_COMPARED);
}
