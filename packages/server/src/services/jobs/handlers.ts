import { purgeOldLoginFailures } from "../auth/login.js";
import { purgeExpiredSessions } from "../auth/sessions.js";
import { purgeRateLimitCounters } from "../shared/rate-limit-store.js";
import type { JobHandler } from "./job-runner.js";
import { scopeReminderHandler } from "../context/scope-reminder.js";
import { expireRiskAcceptances } from "../risks/acceptance-expiry.js";
import { markExpiredAssessmentsDue } from "../impact-assessments/assessment-due.js";
import { sendEvidenceExpiryReminders } from "../evidence/evidence-reminders.js";
import { sendDocumentReminders } from "../documents/document-reminders.js";
import { sendVendorReminders } from "../vendors/vendor-reminders.js";
import { sendCampaignReminders } from "../campaigns/campaign-reminders.js";

/** Every job kind the product runs; later features add theirs here. */
export const jobHandlers: Record<string, JobHandler> = {
  "maintenance.cleanup": async (db) => {
    await purgeExpiredSessions(db);
    await purgeOldLoginFailures(db);
    await purgeRateLimitCounters(db);
    await expireRiskAcceptances(db);
    await markExpiredAssessmentsDue(db);
    await sendEvidenceExpiryReminders(db);
    await sendDocumentReminders(db);
    await sendVendorReminders(db);
    await sendCampaignReminders(db);
  },
  "scope.reassessment_reminder": scopeReminderHandler,
};
