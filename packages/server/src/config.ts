import { z } from "zod";
import { DEFAULT_EVIDENCE_MAX_BYTES, DomainError } from "@openaims/core";

/**
 * Every configuration key, read once from the environment and validated at start.
 * `aims serve --help` prints this table.
 */
export const CONFIG_KEYS = {
  DATABASE_URL: "PostgreSQL connection URL; when unset the embedded database (PGlite) is used",
  AIMS_DATA_DIR: "Directory of the embedded database and its lock (default ./.aims-data)",
  AIMS_PORT: "HTTP port (default 4000; --port wins)",
  AIMS_HOST: "Interface to listen on (default 127.0.0.1; --host wins)",
  AIMS_PUBLIC_URL:
    "External URL of the server, used in printed links and questionnaire links sent to vendors (default http://127.0.0.1:PORT)",
  AIMS_LOG_LEVEL: "fatal | error | warn | info | debug | trace | silent (default info)",
  AIMS_SESSION_HOURS: "Hours a sign-in session lasts without use (default 12)",
  AIMS_COOKIE_SECURE: "true to mark the session cookie Secure (set it behind HTTPS; default false)",
  AIMS_LOGIN_MAX_FAILURES:
    "Failed sign-ins per email or address within 15 minutes before refusing (default 10)",
  AIMS_JOBS: "true to run the background-job worker in this process (default true)",
  AIMS_EVIDENCE_MAX_BYTES: "Largest evidence file accepted, in bytes (default 26214400 = 25 MiB)",
  AIMS_PORTAL_RATE_LIMIT:
    "Requests per minute one client address may make to the vendor portal (default 120)",
  AIMS_SMTP_URL:
    "SMTP server for e-mails to vendors, e.g. smtps://user:pass@mail.example.org:465; unset: messages are kept for you to forward",
  AIMS_SMTP_FROM:
    'Sender address of those e-mails, e.g. "Compliance <aims@example.org>" (required with AIMS_SMTP_URL)',
} as const;

const bool = z.enum(["true", "false"]).transform((v) => v === "true");

const ConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  AIMS_DATA_DIR: z.string().min(1).default("./.aims-data"),
  AIMS_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  AIMS_HOST: z.string().min(1).default("127.0.0.1"),
  AIMS_PUBLIC_URL: z.url().optional(),
  AIMS_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  AIMS_SESSION_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 30)
    .default(12),
  AIMS_COOKIE_SECURE: bool.default(false),
  AIMS_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  AIMS_JOBS: bool.default(true),
  AIMS_EVIDENCE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(DEFAULT_EVIDENCE_MAX_BYTES),
  AIMS_PORTAL_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
  AIMS_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "must start with smtp:// or smtps://")
    .optional(),
  AIMS_SMTP_FROM: z.string().trim().min(3).max(300).optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; a bad key stops start-up with its name and what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const known = Object.fromEntries(
    Object.keys(CONFIG_KEYS)
      .filter((k) => env[k] !== undefined && env[k] !== "")
      .map((k) => [k, env[k]]),
  );
  const parsed = ConfigSchema.safeParse(known);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new DomainError(
      "VALIDATION_FAILED",
      `configuration ${String(first.path[0])} is invalid: ${first.message}`,
    );
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const config = { ...parsed.data, ...defined };
  if (config.AIMS_SMTP_URL && !config.AIMS_SMTP_FROM)
    throw new DomainError(
      "VALIDATION_FAILED",
      "configuration AIMS_SMTP_FROM is invalid: set the sender address when AIMS_SMTP_URL is set",
    );
  return config;
}

/**
 * The base of links the server hands out (questionnaire links): AIMS_PUBLIC_URL, else the local address
 * on the port actually listened on (`--port 0` picks one) or, offline, the configured port.
 */
export function publicBaseUrl(
  config: Pick<Config, "AIMS_PUBLIC_URL" | "AIMS_PORT">,
  listeningPort?: number,
): string {
  return (
    config.AIMS_PUBLIC_URL?.replace(/\/+$/, "") ?? `http://127.0.0.1:${listeningPort ?? config.AIMS_PORT}`
  );
}

/** `aims serve --help` text for the environment keys. */
export function describeConfig(): string {
  const width = Math.max(...Object.keys(CONFIG_KEYS).map((k) => k.length));
  return Object.entries(CONFIG_KEYS)
    .map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)
    .join("\n");
}
