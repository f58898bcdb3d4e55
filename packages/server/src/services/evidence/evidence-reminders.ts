import type { DbOrTx } from "../../db/client.js";

/** Notifies owners of evidence that expires soon (placeholder until the evidence feature lands). */
export async function sendEvidenceExpiryReminders(_db: DbOrTx): Promise<void> {}
