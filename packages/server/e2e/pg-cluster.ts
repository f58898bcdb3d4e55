/**
 * A private PostgreSQL cluster for fault tests: its own data directory and port, so restarting or
 * stopping it never touches the shared database other tests use. Tests run as root, and
 * PostgreSQL refuses to run as root, so the binaries run as the `postgres` user via `runuser`.
 */
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = process.env.AIMS_PG_BIN ?? "/usr/lib/postgresql/15/bin";
const OS_USER = "postgres";

/** Why a private cluster cannot run here, or null when it can. */
export function clusterUnavailable(): string | null {
  if (!existsSync(join(BIN, "initdb")) || !existsSync(join(BIN, "pg_ctl")))
    return `PostgreSQL binaries not found in ${BIN} (set AIMS_PG_BIN)`;
  if (process.getuid?.() !== 0) return "needs root to run PostgreSQL as the postgres user via runuser";
  if (spawnSync("id", ["-u", OS_USER]).status !== 0) return `no ${OS_USER} user on this machine`;
  return null;
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

function asPostgres(args: string[], timeout = 60_000) {
  const r = spawnSync("runuser", ["-u", OS_USER, "--", ...args], { encoding: "utf8", timeout });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Runs a command as postgres without blocking the event loop (the test keeps sending requests). */
const asPostgresAsync = async (args: string[]) =>
  void (await promisify(execFile)("runuser", ["-u", OS_USER, "--", ...args], { timeout: 60_000 }));

export type Cluster = {
  url: string;
  port: number;
  /** `pg_ctl restart -m fast`; resolves once the cluster accepts connections again. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  destroy: () => void;
};

export async function createCluster(): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), "aims-pg-"));
  chownSync(
    root,
    Number(spawnSync("id", ["-u", OS_USER]).stdout),
    Number(spawnSync("id", ["-g", OS_USER]).stdout),
  );
  const data = join(root, "data");
  const log = join(root, "server.log");
  const port = await freePort();
  asPostgres([join(BIN, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=120`;
  const ctl = [join(BIN, "pg_ctl"), "-D", data, "-l", log];
  const pgCtl = (...args: string[]) => asPostgres([...ctl, ...args]);
  const pgCtlAsync = (...args: string[]) => asPostgresAsync([...ctl, ...args]);
  pgCtl("-o", options, "-w", "start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    restart: () => pgCtlAsync("-o", options, "-w", "-m", "fast", "restart"),
    stop: () => pgCtlAsync("-w", "-m", "fast", "stop"),
    start: () => pgCtlAsync("-o", options, "-w", "start"),
    destroy: () => {
      try {
        pgCtl("-w", "-m", "immediate", "stop");
      } catch {
        /* already stopped */
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
