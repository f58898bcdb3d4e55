/** Labels and small pure helpers of the roles, RACI and competence pages. */
import {
  sortResponsibilities,
  type CompetenceStatus,
  type RaciColumn,
  type RaciRow,
  type Responsibility,
  type TrainingRecord,
  type UpdateTrainingRecord,
} from "@openaims/core";

export const COMPETENCE_STATUS_LABELS: Record<CompetenceStatus, { label: string; color: string }> = {
  met: { label: "Met", color: "green" },
  expiring: { label: "Expiring", color: "yellow" },
  expired: { label: "Expired", color: "red" },
  missing: { label: "Missing", color: "gray" },
};

export const RESPONSIBILITY_COLORS: Record<Responsibility, string> = {
  R: "blue",
  A: "grape",
  C: "teal",
  I: "gray",
};

/** The letters `column` holds in `row`, in R, A, C, I order. */
export function lettersOf(
  row: RaciRow,
  column: Pick<RaciColumn, "assigneeType" | "assigneeId">,
): Responsibility[] {
  return sortResponsibilities(
    row.cells
      .filter((c) => c.assigneeType === column.assigneeType && c.assigneeId === column.assigneeId)
      .map((c) => c.responsibility),
  );
}

/** The letters after a click on `letter`: set when absent, cleared when present. */
export function toggleLetter(letters: readonly Responsibility[], letter: Responsibility): Responsibility[] {
  return letters.includes(letter)
    ? letters.filter((l) => l !== letter)
    : sortResponsibilities([...letters, letter]);
}

/**
 * The columns to draw: the server's (roles, then people assigned on the page) plus people the
 * user added to assign them, until the server returns them as columns of their own.
 */
export function matrixColumns(
  server: readonly RaciColumn[],
  added: readonly { id: string; name: string }[],
): RaciColumn[] {
  const extra = added
    .filter((p) => !server.some((c) => c.assigneeType === "user" && c.assigneeId === p.id))
    .map((p): RaciColumn => ({
      assigneeType: "user",
      assigneeId: p.id,
      name: p.name,
      key: null,
      isActive: true,
      memberCount: null,
    }));
  return [...server, ...extra];
}

/** "12 months", "1 month", "Does not expire". */
export function validityLabel(months: number | null): string {
  if (months === null) return "Does not expire";
  return `${months} month${months === 1 ? "" : "s"}`;
}

/** "67 %" of a share in 0..1; "—" when nobody is counted. */
export function shareLabel(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)} %`;
}

export type TrainingValues = {
  userId: string | null;
  competenceId: string | null;
  course: string;
  completedOn: string;
  expiresOn: string;
  evidenceId: string | null;
  note: string;
};

export const EMPTY_TRAINING: TrainingValues = {
  userId: null,
  competenceId: null,
  course: "",
  completedOn: "",
  expiresOn: "",
  evidenceId: null,
  note: "",
};

export function trainingValuesOf(r: TrainingRecord): TrainingValues {
  return {
    userId: r.user.id,
    competenceId: r.competence.id,
    course: r.course,
    completedOn: r.completedOn,
    expiresOn: r.expiresOn ?? "",
    evidenceId: r.evidenceId,
    note: r.note,
  };
}

/** The body of a new record from the form (empty expiry = let the competence's validity decide). */
export function trainingBody(v: TrainingValues) {
  return {
    userId: v.userId ?? "",
    competenceId: v.competenceId ?? "",
    course: v.course.trim(),
    completedOn: v.completedOn,
    expiresOn: v.expiresOn || null,
    evidenceId: v.evidenceId,
    note: v.note,
  };
}

/** The PATCH body of a record: the version read and what changed; null when nothing did. */
export function trainingChanges(r: TrainingRecord, v: TrainingValues): UpdateTrainingRecord | null {
  const next = trainingBody(v);
  const body: UpdateTrainingRecord = { version: r.version };
  if (next.userId !== r.user.id) body.userId = next.userId;
  if (next.competenceId !== r.competence.id) body.competenceId = next.competenceId;
  if (next.course !== r.course) body.course = next.course;
  if (next.completedOn !== r.completedOn) body.completedOn = next.completedOn;
  if (next.expiresOn !== r.expiresOn) body.expiresOn = next.expiresOn;
  if (next.evidenceId !== r.evidenceId) body.evidenceId = next.evidenceId;
  if (next.note !== r.note) body.note = next.note;
  return Object.keys(body).length > 1 ? body : null;
}
