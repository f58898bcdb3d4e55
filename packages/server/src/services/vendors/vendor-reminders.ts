import type { AimsDb } from "../../db/client.js";

/** PLACEHOLDER (vendors helper): reminders for vendor reviews due and certifications expiring. */
export async function sendVendorReminders(_db: AimsDb): Promise<void> {}
