import nodemailer from "nodemailer";
import { loadConfig, type Config } from "../../config.js";

export type OutgoingMail = { to: string; subject: string; text: string };

/** Sends e-mail to people outside the organization (vendor contacts). */
export type Mailer = { send: (mail: OutgoingMail) => Promise<void> };

/** Seconds to wait for the mail server, so a slow server cannot hold a request for long. */
const SMTP_TIMEOUT_MS = 15_000;

/** An SMTP mailer for AIMS_SMTP_URL, or null when none is configured (messages are then kept to forward). */
export function mailerOf(config: Pick<Config, "AIMS_SMTP_URL" | "AIMS_SMTP_FROM">): Mailer | null {
  if (!config.AIMS_SMTP_URL || !config.AIMS_SMTP_FROM) return null;
  const transport = nodemailer.createTransport({
    url: config.AIMS_SMTP_URL,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  const from = config.AIMS_SMTP_FROM;
  return {
    send: async (mail) => {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/** The mailer of the environment (background jobs get no config object of their own). */
export function mailerFromEnvironment(): Mailer | null {
  try {
    return mailerOf(loadConfig(process.env));
  } catch {
    return null;
  }
}
