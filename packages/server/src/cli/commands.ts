import { resolve } from "node:path";
import { existsSync } from "node:fs";
import { Command, Option } from "commander";
import { eq } from "drizzle-orm";
import { ZodError } from "zod";
import { DomainError } from "@openaims/core";
import { describeConfig } from "../config.js";
import { users } from "../db/schema/index.js";
import { startServer } from "../serve.js";
import { verifyAuditChain } from "../services/audit/audit-queries.js";
import { backupDatabase, restoreDatabase } from "../services/backup/backup.js";
import { systemContext } from "../services/context.js";
import { createToken } from "../services/tokens/tokens-service.js";
import { createUser } from "../services/users/users-service.js";
import { VERSION } from "../version.js";
import { configFrom, output, readStdin, withDatabase, type CommonOptions } from "./offline.js";
import { catalogCommand } from "./catalog-commands.js";
import { inventoryCommand } from "./inventory-commands.js";
import { exportCommand } from "./export-commands.js";
import { evidenceCommand } from "./evidence-commands.js";
import { documentCommand } from "./document-commands.js";
import { vendorCommand } from "./vendor-commands.js";
import { campaignCommand } from "./campaign-commands.js";
import { demoCommand } from "./demo-commands.js";

const dataDirOption = () =>
  new Option("--data-dir <dir>", "embedded database directory (env AIMS_DATA_DIR, default ./.aims-data)");
const jsonOption = () => new Option("--json", "print JSON for scripts");

/** The `aims` command line. */
export function buildCli(): Command {
  const program = new Command("aims")
    .description("OpenAIMS: run an AI Management System (ISO/IEC 42001)")
    .version(VERSION)
    .showHelpAfterError()
    .addHelpText(
      "after",
      "\nEvery command honours DATABASE_URL (PostgreSQL) and --data-dir / AIMS_DATA_DIR (embedded).",
    );

  program
    .command("serve")
    .description("start the server (migrates the database first)")
    .addOption(new Option("--port <port>", "port to listen on (env AIMS_PORT, default 4000)"))
    .addOption(new Option("--host <host>", "interface to listen on (env AIMS_HOST, default 127.0.0.1)"))
    .addOption(dataDirOption())
    .addHelpText("after", `\nEnvironment:\n${describeConfig()}`)
    .action(async (opts: CommonOptions & { port?: string; host?: string }) => {
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
        throw new Error(`--port must be a number from 0 to 65535, got ${opts.port}`);
      }
      const config = configFrom(opts, {
        ...(port !== undefined ? { AIMS_PORT: port } : {}),
        ...(opts.host ? { AIMS_HOST: opts.host } : {}),
      });
      const server = await startServer(config);
      const shutdown = (signal: string) => {
        server.app.log.info({ signal }, "shutting down");
        server.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGINT", () => shutdown("SIGINT"));
      process.once("SIGTERM", () => shutdown("SIGTERM"));
    });

  program
    .command("migrate")
    .description("apply pending database migrations")
    .addOption(dataDirOption())
    .addOption(jsonOption())
    .action(async (opts: CommonOptions) => {
      await withDatabase(opts, "migrate", true, async (db) =>
        output(opts, { migrated: true, database: db.kind }, ["database is up to date"]),
      );
    });

  program
    .command("admin")
    .description("administrator accounts")
    .command("create")
    .description("create an administrator (offline: stop the server first when using the embedded database)")
    .requiredOption("--email <email>", "email address")
    .requiredOption("--name <name>", "display name")
    .requiredOption("--password-stdin", "read the password from standard input")
    .addOption(dataDirOption())
    .addOption(jsonOption())
    .action(async (opts: CommonOptions & { email: string; name: string }) => {
      const password = await readStdin();
      await withDatabase(opts, "admin create", true, async ({ db }) => {
        const user = await createUser(systemContext(db, "cli"), {
          email: opts.email,
          name: opts.name,
          password,
          role: "admin",
        });
        output(opts, user, [`created administrator ${user.email} (${user.key})`]);
      });
    });

  program
    .command("token")
    .description("personal API tokens")
    .command("create")
    .description("create an API token for a user; the token is printed on the last line")
    .requiredOption("--email <email>", "the user the token acts as")
    .requiredOption("--name <name>", "what the token is for")
    .option("--expires-days <days>", "days until it expires (default 90; 0 = never)", "90")
    .addOption(dataDirOption())
    .addOption(jsonOption())
    .action(async (opts: CommonOptions & { email: string; name: string; expiresDays: string }) => {
      const days = Number(opts.expiresDays);
      if (!Number.isInteger(days) || days < 0)
        throw new Error(`--expires-days must be a whole number of days, got ${opts.expiresDays}`);
      await withDatabase(opts, "token create", true, async ({ db }) => {
        const [user] = await db.select().from(users).where(eq(users.email, opts.email.toLowerCase()));
        if (!user) throw new Error(`no user with email ${opts.email}`);
        if (!user.isActive) throw new Error(`user ${opts.email} is deactivated`);
        const token = await createToken(systemContext(db, "cli"), user.id, {
          name: opts.name,
          expiresInDays: days === 0 ? null : days,
        });
        output(opts, token, [
          `token "${token.name}" for ${user.email}, expires ${token.expiresAt ?? "never"}`,
          token.token,
        ]);
      });
    });

  program
    .command("audit")
    .description("the audit trail")
    .command("verify")
    .description("check the hash chain; exits 1 at the first broken link")
    .addOption(dataDirOption())
    .addOption(jsonOption())
    .action(async (opts: CommonOptions) => {
      const result = await withDatabase(opts, "audit verify", false, ({ db }) => verifyAuditChain(db));
      output(opts, result, [
        result.intact
          ? `audit trail intact: ${result.checked} entries verified`
          : `audit trail BROKEN at entry ${result.firstBroken?.seq}: ${result.firstBroken?.reason}`,
      ]);
      if (!result.intact) process.exitCode = 1;
    });

  program
    .command("backup")
    .description("write the whole database to a file (gzipped JSON lines)")
    .requiredOption("--out <file>", "backup file to write")
    .addOption(dataDirOption())
    .addOption(jsonOption())
    .action(async (opts: CommonOptions & { out: string }) => {
      const file = resolve(opts.out);
      const counts = await withDatabase(opts, "backup", false, (db) => backupDatabase(db, file));
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      output(opts, { file, counts }, [`backup written to ${file} (${rows} rows)`]);
    });

  program
    .command("restore")
    .description("restore a backup into a new data directory or an empty database")
    .requiredOption("--in <file>", "backup file to read")
    .addOption(dataDirOption())
    .addOption(jsonOption())
    .action(async (opts: CommonOptions & { in: string }) => {
      const file = resolve(opts.in);
      if (!existsSync(file)) throw new Error(`backup file ${file} does not exist`);
      const counts = await withDatabase(opts, "restore", true, (db) => restoreDatabase(db, file));
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      output(opts, { file, counts }, [`restored ${rows} rows from ${file}`]);
    });

  program.addCommand(catalogCommand(dataDirOption, jsonOption));
  program.addCommand(inventoryCommand(dataDirOption, jsonOption));
  program.addCommand(exportCommand(dataDirOption, jsonOption));
  program.addCommand(evidenceCommand(dataDirOption, jsonOption));
  program.addCommand(documentCommand(dataDirOption, jsonOption));
  program.addCommand(vendorCommand(dataDirOption, jsonOption));
  program.addCommand(campaignCommand(dataDirOption, jsonOption));
  program.addCommand(demoCommand(dataDirOption, jsonOption));

  return program;
}

/** Runs the CLI; any failure prints one line and exits non-zero. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (e) {
    const message =
      e instanceof ZodError
        ? e.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")
        : e instanceof DomainError || e instanceof Error
          ? e.message
          : String(e);
    console.error(`aims: ${message.split("\n")[0]}`);
    process.exit(1);
  }
}
