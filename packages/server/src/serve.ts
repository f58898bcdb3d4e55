import type { Config } from "./config.js";
import { databaseOptions, openDatabase, type Database } from "./db/client.js";
import { runMigrations } from "./db/migrate.js";
import { buildApp, type App } from "./http/app.js";
import { issueSetupToken } from "./services/auth/setup.js";
import { loadBuiltinCatalogs } from "./services/catalogs/builtin-catalogs.js";
import { jobHandlers } from "./services/jobs/handlers.js";
import { JobRunner, scheduleDailyMaintenance } from "./services/jobs/job-runner.js";
import { VERSION } from "./version.js";

export type RunningServer = { app: App; database: Database; url: string; stop: () => Promise<void> };

/**
 * Opens (and locks) the database, migrates, and serves. A failed migration stops here with the
 * database untouched; the lock is released on every exit path.
 */
export async function startServer(
  config: Config,
  print: (line: string) => void = console.log,
): Promise<RunningServer> {
  const database = await openDatabase(databaseOptions(config, "serve"));
  let app: App | null = null;
  try {
    await runMigrations(database);
    await loadBuiltinCatalogs(database.db);
    app = await buildApp({ database, config, version: VERSION });
    await app.listen({ port: config.AIMS_PORT, host: config.AIMS_HOST });
  } catch (e) {
    await app?.close();
    await database.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.AIMS_PORT;
  const host = config.AIMS_HOST.includes(":") ? `[${config.AIMS_HOST}]` : config.AIMS_HOST;
  const url =
    config.AIMS_PUBLIC_URL?.replace(/\/$/, "") ?? `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;

  const runner = new JobRunner(database.db, jobHandlers, app.log, 5_000, () =>
    scheduleDailyMaintenance(database.db),
  );
  if (config.AIMS_JOBS) runner.start();

  const setupToken = await issueSetupToken(database.db);
  // One write, so a reader waiting for the URL also gets the setup link with it.
  const lines = [
    `OpenAIMS ${VERSION} listening on ${url} (database: ${database.kind === "pglite" ? `embedded, ${config.AIMS_DATA_DIR}` : "PostgreSQL"})`,
  ];
  if (setupToken) {
    lines.push(
      "No user exists yet. Create the first administrator in the browser:",
      `Setup link: ${url}/setup?token=${setupToken}`,
      '(or stop the server and run: npx aims admin create --email you@example.org --name "Your Name" --password-stdin)',
    );
  }
  print(lines.join("\n"));

  let stopping: Promise<void> | null = null;
  const running = app;
  const stop = () =>
    (stopping ??= (async () => {
      await running.close(); // stops accepting, waits for in-flight requests
      await runner.stop();
      await database.close(); // releases the data-directory lock
    })());
  return { app, database, url, stop };
}
