/** Words and colours of the documents pages, and their paths. */
import type { DocumentKind, DocumentStatus, DocumentView, ReviewState } from "@openaims/core";

export const DOCUMENTS_PATH = "/governance/documents";
export const ACKNOWLEDGEMENTS_PATH = "/governance/acknowledgements";
export const documentPath = (id: string) => `${DOCUMENTS_PATH}/${id}`;
export const publicationPath = (documentId: string, publicationId: string) =>
  `${documentPath(documentId)}/publications/${publicationId}`;
export const acknowledgementPath = (publicationId: string) => `${ACKNOWLEDGEMENTS_PATH}/${publicationId}`;

export const KIND_LABELS: Record<DocumentKind, string> = {
  policy: "Policy",
  procedure: "Procedure",
  standard: "Standard",
  record: "Record",
  other: "Other",
};

export const STATUS_LABELS: Record<DocumentStatus, { label: string; color: string }> = {
  draft: { label: "Draft", color: "gray" },
  in_review: { label: "In review", color: "yellow" },
  approved: { label: "Approved", color: "green" },
  retired: { label: "Retired", color: "dark" },
};

export const REVIEW_LABELS: Record<ReviewState, { label: string; color: string } | null> = {
  none: null,
  scheduled: null,
  due_soon: { label: "Review due soon", color: "orange" },
  overdue: { label: "Review overdue", color: "red" },
};

/** "Approved, revision 3 in force" / "Draft (revision 2 in force)" / "Draft, never approved". */
export function statusLine(d: {
  status: DocumentStatus;
  effectiveRevision: number | null;
  pendingRevision: number | null;
}): string {
  const inForce = d.effectiveRevision
    ? `revision ${d.effectiveRevision} in force`
    : "no approved revision yet";
  if (d.status === "in_review") return `Revision ${d.pendingRevision} waits for approval; ${inForce}`;
  if (d.status === "approved") return `Approved; ${inForce}`;
  if (d.status === "retired")
    return `Retired; ${d.effectiveRevision ? `last revision ${d.effectiveRevision}` : "never approved"}`;
  return d.effectiveRevision ? `New draft; ${inForce}` : "Draft; never approved";
}

/** Review cadence in words: "every 12 months" / "no periodic review". */
export const cadenceText = (months: number | null) =>
  months ? `every ${months} month${months === 1 ? "" : "s"}` : "no periodic review";

/** The comparison shown first: the revision in force against the new draft, else the last two revisions. */
export function defaultComparison(
  doc: Pick<DocumentView, "effectiveRevision" | "hasChangesSinceEffective">,
  numbers: number[],
): { from: string; to: string } | null {
  const [latest, previous] = [...numbers].sort((a, b) => b - a);
  if (latest === undefined) return null;
  if (doc.effectiveRevision !== null && doc.hasChangesSinceEffective)
    return { from: String(doc.effectiveRevision), to: "working" };
  if (previous !== undefined) return { from: String(previous), to: String(latest) };
  return { from: String(latest), to: "working" };
}
