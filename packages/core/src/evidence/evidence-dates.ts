/**
 * Rules on an evidence item's own dates (ISO/IEC 42001 7.5.3): it cannot stop holding before it
 * starts. Returned as issues so the server refuses with the field and the web shows it in place.
 */
export type EvidenceDateFields = {
  collectedOn?: string | null;
  effectiveOn: string | null;
  validUntil: string | null;
};

export type EvidenceDateIssue = { path: "validUntil"; message: string };

export function evidenceDateIssues(d: EvidenceDateFields): EvidenceDateIssue[] {
  if (d.effectiveOn && d.validUntil && d.validUntil < d.effectiveOn)
    return [
      {
        path: "validUntil",
        message: `must be on or after the effective date (${d.effectiveOn})`,
      },
    ];
  return [];
}
