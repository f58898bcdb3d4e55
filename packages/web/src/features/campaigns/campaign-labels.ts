/** Words, colours and small pure helpers of sent questionnaires (campaigns), shared by their pages. */
import type { AnswerProgress, CampaignStatus, LinkState } from "@openaims/core";

export const CAMPAIGNS_PATH = "/vendors/campaigns";
export const campaignPath = (id: string) => `${CAMPAIGNS_PATH}/${encodeURIComponent(id)}`;
/** The vendor page (built by the vendors feature under /vendors/list). */
export const vendorPagePath = (id: string) => `/vendors/list/${encodeURIComponent(id)}`;

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, { label: string; color: string }> = {
  sent: { label: "Sent", color: "gray" },
  opened: { label: "Opened", color: "blue" },
  in_progress: { label: "In progress", color: "cyan" },
  submitted: { label: "Submitted", color: "violet" },
  follow_up: { label: "Follow-up", color: "orange" },
  reviewed: { label: "Reviewed", color: "green" },
  revoked: { label: "Revoked", color: "dark" },
};

export const LINK_STATE_LABELS: Record<LinkState, { label: string; color: string }> = {
  active: { label: "Link active", color: "teal" },
  read_only: { label: "Link read-only", color: "blue" },
  expired: { label: "Link expired", color: "red" },
  revoked: { label: "Link revoked", color: "dark" },
  closed: { label: "Link closed", color: "gray" },
};

export const MESSAGE_KIND_LABELS: Record<string, string> = {
  invitation: "Invitation",
  reminder: "Reminder",
  follow_up: "Follow-up questions",
  closed: "Closing note",
};

export const MESSAGE_STATUS_LABELS: Record<string, { label: string; color: string }> = {
  sent: { label: "E-mailed", color: "green" },
  pending: { label: "Being sent", color: "blue" },
  manual: { label: "Forward it yourself", color: "orange" },
  failed: { label: "E-mail failed", color: "red" },
};

/** Statuses in which the vendor still owes answers, so a passed due date matters. */
const WAITING: readonly CampaignStatus[] = ["sent", "opened", "in_progress", "follow_up"];

/** Whether the answers are late: the due date (YYYY-MM-DD) has passed while the vendor still answers. */
export function isOverdue(c: { status: CampaignStatus; dueOn: string }, now: Date = new Date()): boolean {
  return WAITING.includes(c.status) && c.dueOn < now.toISOString().slice(0, 10);
}

/** "3 of 5 required" with the share of all visible questions answered, for the tracking table. */
export function progressText(p: AnswerProgress): string {
  return `${p.requiredAnswered} of ${p.required} required · ${p.answered} of ${p.visible} answered`;
}

/** A reviewer's or automatic share (0–1) as a percentage, "—" when there is none. */
export function shareText(share: number | null | undefined): string {
  return typeof share === "number" ? `${Math.round(share * 100)} %` : "—";
}

/** The scores a reviewer picks from (0–1): five steps are enough to judge a free answer. */
export const REVIEWER_SCORE_STEPS = [0, 0.25, 0.5, 0.75, 1] as const;

/** The step nearest to a stored score, as the Select's value ("0.5"). */
export function scoreStepValue(share: number | undefined): string | null {
  if (share === undefined) return null;
  let best: number = REVIEWER_SCORE_STEPS[0];
  for (const s of REVIEWER_SCORE_STEPS) if (Math.abs(s - share) < Math.abs(best - share)) best = s;
  return String(best);
}

/** A mailto: link for a message the sender forwards themselves (no e-mail server configured). */
export function mailtoOf(m: { toEmail: string; subject: string; body: string }): string {
  const q = `subject=${encodeURIComponent(m.subject)}&body=${encodeURIComponent(m.body)}`;
  return `mailto:${encodeURIComponent(m.toEmail).replace(/%40/g, "@")}?${q}`;
}

/** A YYYY-MM-DD day `days` after `from` (UTC). */
export function dayAfter(days: number, from: Date = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
