import type { DbOrTx } from "../../db/client.js";

/** Review and acknowledgement reminders (placeholder until the documents feature lands). */
export async function sendDocumentReminders(_db: DbOrTx): Promise<void> {}
