import { and, desc, eq, isNull, ne, or } from "drizzle-orm";
import { DomainError, type InboxItem } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { approvals, approvalSteps, notifications } from "../../db/schema/index.js";
import { assertUserActor } from "../auth/sessions.js";
import type { Actor } from "../context.js";

const LINKS: Record<string, (id: string) => string> = {
  intake_request: (id) => `/intake/${id}`,
  risk: (id) => `/risks/${id}`,
  impact_assessment: (id) => `/assessments/${id}`,
  soa_version: () => `/controls/soa`,
  document: (id) => `/governance/documents/${id}`,
};

/** What waits for me: approval steps I may decide (never my own requests) and unread notifications. */
export async function inboxOf(
  db: DbOrTx,
  actor: Actor,
  limit: number,
): Promise<{ items: InboxItem[]; total: number }> {
  const me = assertUserActor(actor);
  const steps = await db
    .select({
      id: approvals.id,
      title: approvals.title,
      subjectType: approvals.subjectType,
      subjectId: approvals.subjectId,
      step: approvalSteps.name,
      at: approvals.createdAt,
    })
    .from(approvalSteps)
    .innerJoin(approvals, eq(approvals.id, approvalSteps.approvalId))
    .where(
      and(
        eq(approvalSteps.status, "pending"),
        eq(approvals.status, "pending"),
        ne(approvals.requesterId, me.userId),
        or(eq(approvalSteps.approverUserId, me.userId), eq(approvalSteps.approverRole, me.role)),
      ),
    )
    .orderBy(desc(approvals.createdAt))
    .limit(limit);
  const notes = await db
    .select()
    .from(notifications)
    .where(
      and(
        isNull(notifications.readAt),
        or(eq(notifications.userId, me.userId), eq(notifications.role, me.role)),
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const items: InboxItem[] = [
    ...steps.map((s) => ({
      kind: "approval" as const,
      id: s.id,
      title: s.title,
      detail: `waiting for your decision: ${s.step}`,
      link: LINKS[s.subjectType]?.(s.subjectId) ?? null,
      createdAt: s.at.toISOString(),
    })),
    ...notes.map((n) => ({
      kind: "notification" as const,
      id: n.id,
      title: n.title,
      detail: n.kind,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
    })),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { items: items.slice(0, limit), total: items.length };
}

/** Marks a notification addressed to me (or my role) as read, so it leaves the inbox. */
export async function markNotificationRead(db: DbOrTx, actor: Actor, id: string): Promise<void> {
  const me = assertUserActor(actor);
  const done = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.id, id),
        isNull(notifications.readAt),
        or(eq(notifications.userId, me.userId), eq(notifications.role, me.role)),
      ),
    )
    .returning({ id: notifications.id });
  if (done.length === 0) {
    const [existing] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.id, id),
          or(eq(notifications.userId, me.userId), eq(notifications.role, me.role)),
        ),
      );
    if (!existing) throw new DomainError("NOT_FOUND", `notification ${id} not found`);
  }
}
