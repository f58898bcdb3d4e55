/**
 * Rules of questionnaire campaigns (ISO/IEC 42001 A.10.3 supplier assessment): the workflow of one
 * questionnaire sent to a vendor contact, what its link allows at a given moment, which answers the
 * vendor may still change, and the dates of its link. Pure: the server and the web call the same.
 */
import { DomainError } from "../errors/domain-error.js";
import { questionnaireQuestions } from "../questionnaires/rules.js";
import { DEFAULT_RATING_BANDS, type QuestionnaireContent } from "../questionnaires/content.js";

export const CAMPAIGN_STATUSES = [
  "sent",
  "opened",
  "in_progress",
  "submitted",
  "follow_up",
  "reviewed",
  "revoked",
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * What the link can do now: `active` opens the questionnaire for answering, `read_only` shows a
 * submitted questionnaire waiting for review, the others refuse the link altogether.
 */
export const LINK_STATES = ["active", "read_only", "expired", "revoked", "closed"] as const;
export type LinkState = (typeof LINK_STATES)[number];

/** Campaign events and the status each leads to. */
export type CampaignEvent = "open" | "save" | "submit" | "follow_up" | "accept" | "revoke";

/**
 * The workflow: sent → opened (first read) → in_progress (first save) → submitted →
 * (follow_up → submitted)* → reviewed; revoked at any time before it is reviewed.
 */
export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  sent: ["opened", "in_progress", "submitted", "revoked"],
  opened: ["in_progress", "submitted", "revoked"],
  in_progress: ["submitted", "revoked"],
  submitted: ["follow_up", "reviewed", "revoked"],
  follow_up: ["submitted", "revoked"],
  reviewed: [],
  revoked: [],
};

/** Statuses in which the vendor is answering (the link edits). */
export const ANSWERING_STATUSES: readonly CampaignStatus[] = ["sent", "opened", "in_progress", "follow_up"];

/** Days before the due date on which the contact is reminded (once per due date). */
export const CAMPAIGN_REMINDER_DAYS = 3;
/** Default life of a link after the due date, so a late answer can still come in. */
export const LINK_GRACE_DAYS = 14;
/** Longest life of a link, from when it is sent or extended. */
export const MAX_LINK_DAYS = 180;
/** When a follow-up is asked and the link would end within this many days, it is renewed. */
export const FOLLOW_UP_RENEW_WITHIN_DAYS = 7;
/** … for this many days from the moment of asking. */
export const FOLLOW_UP_LINK_DAYS = 14;

/**
 * Bounds of what one campaign may hold, so a link (held by someone without an account) cannot fill
 * the database and a campaign's page stays readable: files the vendor uploads (count, and total size
 * in multiples of the largest file accepted), follow-up questions, and messages shown on the page.
 */
export const MAX_FILES_PER_CAMPAIGN = 50;
export const CAMPAIGN_UPLOAD_BUDGET_FILES = 10;
export const MAX_FOLLOW_UPS_PER_CAMPAIGN = 100;
export const MAX_CAMPAIGN_MESSAGES_SHOWN = 50;

const DAY_MS = 86_400_000;

/** The status after an event, or a CONFLICT naming why the event is not possible now. */
export function nextCampaignStatus(from: CampaignStatus, event: CampaignEvent): CampaignStatus {
  const to = targetOf(from, event);
  // Reading and saving again change nothing; any other event must be a step of the workflow.
  if (to === from && (event === "open" || event === "save")) return from;
  if (!CAMPAIGN_TRANSITIONS[from].includes(to)) throw new DomainError("CONFLICT", refusal(from, event));
  return to;
}

function targetOf(from: CampaignStatus, event: CampaignEvent): CampaignStatus {
  switch (event) {
    case "open":
      return from === "sent" ? "opened" : from;
    case "save":
      return from === "sent" || from === "opened" ? "in_progress" : from;
    case "submit":
      return "submitted";
    case "follow_up":
      return "follow_up";
    case "accept":
      return "reviewed";
    case "revoke":
      return "revoked";
  }
}

const IN_WORDS: Record<CampaignStatus, string> = {
  sent: "sent and not yet opened",
  opened: "opened",
  in_progress: "being answered",
  submitted: "submitted",
  follow_up: "waiting for answers to follow-up questions",
  reviewed: "reviewed and closed",
  revoked: "revoked",
};

function refusal(from: CampaignStatus, event: CampaignEvent): string {
  const now = `the questionnaire is ${IN_WORDS[from]}`;
  switch (event) {
    case "submit":
      return `${now}; it cannot be submitted`;
    case "follow_up":
      return `${now}; follow-up questions can be asked only once it is submitted`;
    case "accept":
      return `${now}; only a submitted questionnaire can be accepted`;
    case "revoke":
      return `${now}; it can no longer be revoked`;
    default:
      return `${now}; answers can no longer be changed`;
  }
}

/** What the link of a campaign allows at `now`. */
export function linkStateOf(
  c: { status: CampaignStatus; linkExpiresAt: Date | string },
  now: Date = new Date(),
): LinkState {
  if (c.status === "revoked") return "revoked";
  if (c.status === "reviewed") return "closed";
  if (new Date(c.linkExpiresAt).getTime() <= now.getTime()) return "expired";
  if (c.status === "submitted") return "read_only";
  return "active";
}

/** Whether the link opens the questionnaire at all (to read it, at least). */
export function linkOpens(state: LinkState): boolean {
  return state === "active" || state === "read_only";
}

/** Whether the vendor may change anything now. */
export function vendorMayEdit(
  c: { status: CampaignStatus; linkExpiresAt: Date | string },
  now = new Date(),
): boolean {
  return linkStateOf(c, now) === "active" && ANSWERING_STATUSES.includes(c.status);
}

/**
 * Questions whose answers the vendor may change. While answering: all of them. During follow-up:
 * only those an open follow-up question names, and the questions that depend on them (a changed
 * choice may show a question that then needs an answer); the reviewer has scored the rest.
 * Otherwise none.
 */
export function editableQuestionIds(
  content: QuestionnaireContent,
  status: CampaignStatus,
  followUpQuestionIds: readonly (string | null)[],
): Set<string> {
  const all = questionnaireQuestions(content);
  if (status === "follow_up") {
    const editable = new Set(followUpQuestionIds.filter((id): id is string => id !== null));
    // Conditions point backwards, so one pass in order reaches every dependant.
    for (const q of all) if (q.showIf && editable.has(q.showIf.questionId)) editable.add(q.id);
    return new Set(all.filter((q) => editable.has(q.id)).map((q) => q.id));
  }
  if (ANSWERING_STATUSES.includes(status)) return new Set(all.map((q) => q.id));
  return new Set();
}

/**
 * The questionnaire as the vendor sees it: the questions without the scoring key. Option scores and
 * weights read 0 and the rating bands the defaults, so the assessed supplier cannot tune its answers
 * to the score (ISO/IEC 42001 A.10.3: an assessment that still tells something).
 */
export function vendorFacingContent(content: QuestionnaireContent): QuestionnaireContent {
  return {
    sections: content.sections.map((s) => ({
      ...s,
      questions: s.questions.map((q) => ({
        ...q,
        weight: 0,
        options: q.options.map((o) => ({ ...o, score: 0 })),
      })),
    })),
    ratingBands: { ...DEFAULT_RATING_BANDS },
  };
}

/** The end of a calendar day (UTC), as the instant just before the next day starts. */
const endOfDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);

export type LinkExpiryInput = { dueOn: string; linkValidDays?: number | undefined; now: Date };

/**
 * When a new link stops working: `linkValidDays` from now when given, else the end of the due date
 * plus the grace period, never more than MAX_LINK_DAYS from now. A link that would die before the
 * end of the due date is refused: the vendor would lose access while still on time.
 */
export function linkExpiryFor({ dueOn, linkValidDays, now }: LinkExpiryInput): Date {
  const max = new Date(now.getTime() + MAX_LINK_DAYS * DAY_MS);
  const dueEnd = endOfDay(dueOn);
  if (dueEnd.getTime() > max.getTime())
    invalid("dueOn", `must be within ${MAX_LINK_DAYS} days, the longest a link may stay valid`);
  const expiry =
    linkValidDays !== undefined
      ? new Date(now.getTime() + linkValidDays * DAY_MS)
      : new Date(Math.min(dueEnd.getTime() + LINK_GRACE_DAYS * DAY_MS, max.getTime()));
  if (expiry.getTime() < dueEnd.getTime())
    invalid(
      "linkValidDays",
      `the link would stop working before the end of the due date ${dueOn}; give more days or an earlier due date`,
    );
  return expiry;
}

/** A due date must lie after today (UTC): a questionnaire due today or earlier cannot be answered in time. */
export function assertFutureDueDate(dueOn: string, now: Date = new Date()): void {
  if (dueOn <= now.toISOString().slice(0, 10)) invalid("dueOn", "must be a date after today");
}

/**
 * A changed link end (extension): in the future and at most MAX_LINK_DAYS ahead. The due date may
 * move too, but not past the link's end.
 */
export function checkExtension(next: { linkExpiresAt: Date; dueOn: string }, now: Date = new Date()): void {
  if (next.linkExpiresAt.getTime() <= now.getTime()) invalid("linkExpiresAt", "must be in the future");
  if (next.linkExpiresAt.getTime() > now.getTime() + MAX_LINK_DAYS * DAY_MS)
    invalid("linkExpiresAt", `must be within ${MAX_LINK_DAYS} days from now`);
  if (endOfDay(next.dueOn).getTime() > next.linkExpiresAt.getTime())
    invalid("dueOn", "must not be later than the day the link stops working");
}

/** The link end after follow-up questions: renewed when it would end soon (or has ended). */
export function linkExpiryForFollowUp(linkExpiresAt: Date, now: Date = new Date()): Date {
  const soon = now.getTime() + FOLLOW_UP_RENEW_WITHIN_DAYS * DAY_MS;
  if (linkExpiresAt.getTime() > soon) return linkExpiresAt;
  return new Date(now.getTime() + FOLLOW_UP_LINK_DAYS * DAY_MS);
}

/** The day on which the reminder for a due date goes out. */
export function reminderDayFor(dueOn: string): string {
  return new Date(Date.parse(`${dueOn}T00:00:00Z`) - CAMPAIGN_REMINDER_DAYS * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/**
 * Whether the contact is reminded today: not yet submitted, the link still works, the reminder
 * day has come, the due date not yet passed, and no reminder was sent for this due date.
 */
export function reminderDue(
  c: { status: CampaignStatus; dueOn: string; linkExpiresAt: Date; reminderSentFor: string | null },
  now: Date = new Date(),
): boolean {
  const today = now.toISOString().slice(0, 10);
  return (
    ANSWERING_STATUSES.includes(c.status) &&
    c.status !== "follow_up" &&
    linkStateOf(c, now) === "active" &&
    reminderDayFor(c.dueOn) <= today &&
    c.dueOn >= today &&
    c.reminderSentFor !== c.dueOn
  );
}

function invalid(path: string, message: string): never {
  throw new DomainError("VALIDATION_FAILED", `${path}: ${message}`, { issues: [{ path, message }] });
}
