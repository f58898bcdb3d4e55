import { LINK_PLACEHOLDER } from "./outbox.js";

/** What the messages to a vendor contact say; the link appears only in the e-mail itself. */
type Facts = {
  organizationName: string;
  contactName: string;
  vendorName: string;
  templateName: string;
  key: string;
  dueOn: string;
  linkExpiresAt: Date;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

export function invitationMessage(f: Facts, note: string): { subject: string; body: string } {
  return {
    subject: `${f.organizationName}: questionnaire "${f.templateName}" for ${f.vendorName} (${f.key})`,
    body: [
      `Hello ${f.contactName},`,
      "",
      `${f.organizationName} asks ${f.vendorName} to answer the questionnaire "${f.templateName}" by ${f.dueOn}.`,
      ...(note.trim() ? ["", note.trim()] : []),
      "",
      "Open it with this personal link (no account needed). You can save and come back, upload files, and submit when done:",
      LINK_PLACEHOLDER,
      "",
      `The link works until ${day(f.linkExpiresAt)}. Do not forward it: it opens this questionnaire to whoever holds it.`,
      `Reference: ${f.key}`,
    ].join("\n"),
  };
}

export function reminderMessage(f: Facts): { subject: string; body: string } {
  return {
    subject: `Reminder: questionnaire ${f.key} for ${f.vendorName} is due on ${f.dueOn}`,
    body: [
      `Hello ${f.contactName},`,
      "",
      `The questionnaire "${f.templateName}" that ${f.organizationName} sent to ${f.vendorName} is due on ${f.dueOn} and has not been submitted yet.`,
      "Open it with the personal link from the invitation. If you no longer have it, ask your contact for a new one.",
      "",
      `Reference: ${f.key}`,
    ].join("\n"),
  };
}

export function followUpMessage(f: Facts, questions: readonly string[]): { subject: string; body: string } {
  return {
    subject: `${f.organizationName} has follow-up questions on ${f.key} (${f.vendorName})`,
    body: [
      `Hello ${f.contactName},`,
      "",
      `Thank you for your answers to "${f.templateName}". ${f.organizationName} has ${questions.length === 1 ? "a follow-up question" : `${questions.length} follow-up questions`}:`,
      "",
      ...questions.map((q, i) => `${i + 1}. ${q}`),
      "",
      `Answer through the same link as before; it works until ${day(f.linkExpiresAt)}. Submit again when done.`,
      `Reference: ${f.key}`,
    ].join("\n"),
  };
}
