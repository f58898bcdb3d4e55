import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { notifications, scopeVersions } from "../../db/schema/index.js";
import type { JobHandler } from "../jobs/job-runner.js";

const ReminderPayload = z.object({ scopeVersionId: z.uuid() });

export const SCOPE_REMINDER_KIND = "scope.reassessment_due";

/**
 * Job `scope.reassessment_reminder`: on the reassessment date of the approved scope, tells every
 * manager to review it (ISO/IEC 42001 4.3, 9.3). Does nothing when a later version has replaced it,
 * and never notifies twice for one version (a retried job finds its notification already there).
 */
export const scopeReminderHandler: JobHandler = async (db, payload) => {
  const { scopeVersionId } = ReminderPayload.parse(payload);
  const [scope] = await db.select().from(scopeVersions).where(eq(scopeVersions.id, scopeVersionId));
  if (!scope || scope.status !== "approved") return;
  const title = `AIMS scope version ${scope.number} is due for reassessment (by ${scope.reassessBy ?? "now"})`;
  await db.transaction(async (tx) => {
    const [already] = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.role, "manager"),
          eq(notifications.kind, SCOPE_REMINDER_KIND),
          eq(notifications.title, title),
        ),
      );
    if (already) return;
    await tx
      .insert(notifications)
      .values({ role: "manager", kind: SCOPE_REMINDER_KIND, title, link: "/context/scope" });
  });
};
