/**
 * Rules of documented information (ISO/IEC 42001 7.5): kinds, statuses, who approves, what may change
 * when, the review cadence (A.2.4) and when an acknowledgement is overdue (7.3). Pure, so the server
 * enforces them and the web shows the same answers.
 */
import type { StepDefinition } from "../approvals/approval-rules.js";
import { addDays } from "../evidence/evidence-state.js";
import { addMonths } from "../impact-assessments/lifecycle.js";
import type { Role } from "../permissions/matrix.js";

export const DOCUMENT_KINDS = ["policy", "procedure", "standard", "record", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** draft → in_review → approved; an edit of an approved document starts a new draft (the approved
 * revision stays in force); retired documents are frozen until reinstated. */
export const DOCUMENT_STATUSES = ["draft", "in_review", "approved", "retired"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const REVISION_STATUSES = ["in_review", "approved", "rejected", "superseded"] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export const ACKNOWLEDGEMENT_STATUSES = ["pending", "acknowledged"] as const;
export type AcknowledgementStatus = (typeof ACKNOWLEDGEMENT_STATUSES)[number];

/** A review reminder goes out this many days before the next review date (A.2.4). */
export const REVIEW_NOTICE_DAYS = 30;

/** Longest review cadence accepted (five years). */
export const MAX_REVIEW_MONTHS = 60;

export type ReviewState = "none" | "scheduled" | "due_soon" | "overdue";

/** When the next periodic review falls: `months` after `fromDay`; null without a cadence. */
export function nextReviewOn(fromDay: string, months: number | null): string | null {
  return months ? addMonths(fromDay, months) : null;
}

/**
 * Where a document stands against its review date: overdue once the date has passed, due soon within
 * the notice period, none without a date or once retired.
 */
export function reviewStateOf(
  doc: { status: string; nextReviewOn: string | null },
  today: string,
): ReviewState {
  if (doc.status === "retired" || !doc.nextReviewOn) return "none";
  if (doc.nextReviewOn < today) return "overdue";
  if (doc.nextReviewOn <= addDays(today, REVIEW_NOTICE_DAYS)) return "due_soon";
  return "scheduled";
}

/**
 * Who approves a revision. The owner first (when someone else submits), then a manager: top
 * management approves the AI policy (ISO/IEC 42001 5.2) and a manager any other document (7.5.2).
 * An owner who is a manager approves for management in one step. The submitter never approves
 * (the engine's segregation rule).
 */
export function documentApprovalSteps(input: {
  kind: DocumentKind;
  ownerId: string | null;
  ownerRole: Role | null;
  submitterId: string;
}): StepDefinition[] {
  const steps: StepDefinition[] = [];
  const ownerApproves = input.ownerId !== null && input.ownerId !== input.submitterId;
  if (ownerApproves)
    steps.push({ name: "The document owner approves", approverRole: null, approverUserId: input.ownerId });
  if (!(ownerApproves && input.ownerRole === "manager"))
    steps.push({
      name:
        input.kind === "policy"
          ? "Top management approves the policy (a manager)"
          : "A manager approves the document",
      approverRole: "manager",
      approverUserId: null,
    });
  return steps;
}

/** Why the working copy cannot be changed now (null: it can). */
export function editBlocker(doc: { key: string; status: string }): string | null {
  if (doc.status === "in_review")
    return `${doc.key} waits for approval: it can be changed after the decision`;
  if (doc.status === "retired") return `${doc.key} is retired: reinstate it to change it`;
  return null;
}

/** Why the document cannot be submitted for approval now (null: it can). */
export function submitBlocker(doc: {
  key: string;
  status: string;
  content: string;
  effectiveRevision: number | null;
  hasChangesSinceEffective: boolean;
}): string | null {
  if (doc.status !== "draft")
    return doc.status === "approved"
      ? `${doc.key} is approved and unchanged: edit it to start a new revision`
      : (editBlocker(doc) ?? `${doc.key} is ${doc.status}`);
  if (doc.content.trim() === "") return `${doc.key} has no content yet: write it first`;
  if (doc.effectiveRevision !== null && !doc.hasChangesSinceEffective)
    return `${doc.key} has no change since revision ${doc.effectiveRevision}`;
  return null;
}

/** Why the document cannot be published now (null: it can). Only an approved revision in force is communicated (7.4). */
export function publishBlocker(doc: {
  key: string;
  status: string;
  effectiveRevision: number | null;
}): string | null {
  if (doc.status === "retired") return `${doc.key} is retired and cannot be published`;
  if (doc.effectiveRevision === null)
    return `${doc.key} has no approved revision yet: get it approved before publishing it`;
  return null;
}

/** A pending acknowledgement is overdue once its publication's due date has passed. */
export function isAcknowledgementOverdue(
  ack: { status: string; dueOn: string | null },
  today: string,
): boolean {
  return ack.status === "pending" && ack.dueOn !== null && ack.dueOn < today;
}

/** Share acknowledged, 0–100 (100 for an empty audience, which publishing refuses anyway). */
export function acknowledgementPercent(counts: { total: number; acknowledged: number }): number {
  return counts.total === 0 ? 100 : Math.floor((counts.acknowledged * 100) / counts.total);
}
