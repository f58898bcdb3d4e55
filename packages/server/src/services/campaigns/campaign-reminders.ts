import type { AimsDb } from "../../db/client.js";

/** PLACEHOLDER (campaigns helper): reminders to vendor contacts before a questionnaire is due. */
export async function sendCampaignReminders(_db: AimsDb): Promise<void> {}
