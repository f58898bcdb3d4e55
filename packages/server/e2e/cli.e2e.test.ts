import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../src/test-support/test-database.js";
import { aims, serve, setupToken, tempDir, type Served } from "./cli-helpers.js";

const running: Served[] = [];
afterAll(async () => {
  for (const s of running) await s.stop();
});

/** Backup content without its creation time, to compare two backups. */
const backupRows = (file: string) => gunzipSync(readFileSync(file)).toString("utf8").split("\n").slice(1);

const ADMIN = { email: "owner@example.org", name: "Owner", password: "a sufficiently long password" };

describe("aims CLI and server process", () => {
  const dataDir = tempDir();
  let server: Served;

  it("serves, and a second serve or migrate on the same directory fails naming the holder", async () => {
    server = await serve(["--data-dir", dataDir]);
    running.push(server);
    expect(setupToken(server.output())).toBeTruthy();
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: "ok", database: "pglite" });

    const second = aims(["serve", "--port", "0", "--data-dir", dataDir]);
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain(`in use by process ${server.child.pid}`);
    const migrate = aims(["migrate", "--data-dir", dataDir]);
    expect(migrate.status).not.toBe(0);
    expect(migrate.stderr).toMatch(
      new RegExp(`^aims: data directory .* in use by process ${server.child.pid}`),
    );
    expect(migrate.stderr.trim().split("\n")).toHaveLength(1);

    // The first server keeps serving and its data is intact.
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...ADMIN, token: setupToken(server.output()) }),
    });
    expect(setup.status).toBe(201);
  });

  it("shuts down gracefully and releases the lock", async () => {
    expect(await server.stop()).toBe(0);
    const verify = aims(["audit", "verify", "--data-dir", dataDir, "--json"]);
    expect(verify.status).toBe(0);
    const result = JSON.parse(verify.stdout);
    expect(result).toMatchObject({ intact: true, firstBroken: null });
    expect(result.checked).toBeGreaterThan(1); // catalog loads and the administrator
  });

  it("creates tokens offline and prints the token on the last line", async () => {
    const r = aims([
      "token",
      "create",
      "--email",
      ADMIN.email,
      "--name",
      "ci",
      "--expires-days",
      "7",
      "--data-dir",
      dataDir,
    ]);
    expect(r.status).toBe(0);
    const token = r.stdout.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^aims_[\w-]{40,}$/);
    const s = await serve(["--data-dir", dataDir]);
    running.push(s);
    const me = await fetch(`${s.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(ADMIN.email);
    expect(setupToken(s.output())).toBeNull();
    await s.stop();
    const unknown = aims([
      "token",
      "create",
      "--email",
      "nobody@example.org",
      "--name",
      "x",
      "--data-dir",
      dataDir,
    ]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe("aims: no user with email nobody@example.org\n");
  });

  it("backs up and restores into a new data directory with identical data and an intact chain", () => {
    const out = join(tempDir(), "b.jsonl.gz");
    expect(aims(["backup", "--out", out, "--data-dir", dataDir]).status).toBe(0);
    const restoredDir = tempDir();
    const restore = aims(["restore", "--in", out, "--data-dir", restoredDir]);
    expect(restore.status, restore.stderr).toBe(0);
    const again = join(tempDir(), "b2.jsonl.gz");
    expect(aims(["backup", "--out", again, "--data-dir", restoredDir]).status).toBe(0);
    expect(backupRows(again)).toEqual(backupRows(out));
    expect(aims(["audit", "verify", "--data-dir", restoredDir]).stdout).toMatch(/intact/);
    const twice = aims(["restore", "--in", out, "--data-dir", restoredDir]);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/already in use/);
  });

  it.runIf(process.env.TEST_DATABASE_URL)("round-trips through PostgreSQL (DATABASE_URL) too", async () => {
    const { url, drop } = await createScratchDatabase(process.env.TEST_DATABASE_URL!);
    try {
      const out = join(tempDir(), "b.jsonl.gz");
      expect(aims(["backup", "--out", out, "--data-dir", dataDir]).status).toBe(0);
      const restore = aims(["restore", "--in", out], { env: { DATABASE_URL: url } });
      expect(restore.status, restore.stderr).toBe(0);
      const again = join(tempDir(), "pg.jsonl.gz");
      expect(aims(["backup", "--out", again], { env: { DATABASE_URL: url } }).status).toBe(0);
      expect(backupRows(again)).toEqual(backupRows(out));
      expect(aims(["audit", "verify"], { env: { DATABASE_URL: url } }).stdout).toMatch(/intact/);
      const s = await serve([], { DATABASE_URL: url });
      running.push(s);
      expect(await (await fetch(`${s.url}/api/health`)).json()).toMatchObject({ database: "postgresql" });
      await s.stop();
    } finally {
      await drop();
    }
  });

  it("creates the first administrator offline from stdin", () => {
    const dir = tempDir();
    const r = aims(
      [
        "admin",
        "create",
        "--email",
        "Root@Example.org",
        "--name",
        "Root",
        "--password-stdin",
        "--data-dir",
        dir,
        "--json",
      ],
      {
        input: "another long password\n",
      },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ email: "root@example.org", role: "admin" });
    const weak = aims(
      ["admin", "create", "--email", "w@example.org", "--name", "W", "--password-stdin", "--data-dir", dir],
      { input: "short\n" },
    );
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/^aims: .*password/);
  });

  it("exports and imports catalogs, reporting file errors by line", () => {
    const dir = tempDir();
    const out = join(dir, "gdpr.csv");
    expect(
      aims(["catalog", "export", "gdpr:2016", "--format", "csv", "--out", out, "--data-dir", dataDir]).status,
    ).toBe(0);
    const custom = readFileSync(out, "utf8").replace("#id,gdpr", "#id,gdpr-internal");
    writeFileSync(join(dir, "custom.csv"), custom);
    const ok = aims(["catalog", "import", join(dir, "custom.csv"), "--data-dir", dataDir, "--json"]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ kind: "framework", ref: "gdpr-internal:2016" });
    writeFileSync(
      join(dir, "bad.csv"),
      custom.replace("#id,gdpr-internal", "#id,gdpr-bad").replace(",article,", ",artcle,"),
    );
    const bad = aims(["catalog", "import", join(dir, "bad.csv"), "--data-dir", dataDir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.csv: line \d+ \(kind\)/);
    const mapping = aims([
      "catalog",
      "export",
      "--from",
      "iso-iec-42001:2023",
      "--to",
      "nist-ai-rmf:1.0",
      "--format",
      "oscal",
      "--data-dir",
      dataDir,
    ]);
    expect(JSON.parse(mapping.stdout)["mapping-collection"]).toBeTruthy();
  });

  it("imports and exports the inventory, refusing a file with a bad row", () => {
    const dir = tempDir();
    const good = join(dir, "systems.csv");
    writeFileSync(
      good,
      "name,lifecycleStage,euJurisdictions,annexIIIAreas,organizationRoles\nHiring ranker,deployed,DE,employment,customer\n",
    );
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "name,lifecycleStage\nFine,design\nBroken,live\n");
    const refused = aims(["inventory", "import", bad, "--data-dir", dataDir]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("row 3 (lifecycleStage)");
    const ok = aims(["inventory", "import", good, "--data-dir", dataDir, "--json"]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      rows: 1,
      valid: 1,
      created: [expect.stringMatching(/^AIS-/)],
    });
    const out = join(dir, "inventory.xlsx");
    expect(
      aims(["inventory", "export", "--format", "xlsx", "--out", out, "--data-dir", dataDir]).status,
    ).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("prints help for every command and fails with one line on bad input", () => {
    for (const cmd of [
      [],
      ["serve"],
      ["migrate"],
      ["admin", "create"],
      ["token", "create"],
      ["audit", "verify"],
      ["backup"],
      ["restore"],
      ["catalog", "import"],
      ["catalog", "export"],
      ["inventory", "import"],
      ["inventory", "export"],
    ]) {
      const r = aims([...cmd, "--help"]);
      expect(r.status, cmd.join(" ")).toBe(0);
      expect(r.stdout).toMatch(/Usage: aims/);
    }
    expect(aims(["serve", "--help"]).stdout).toContain("AIMS_LOGIN_MAX_FAILURES");
    const missing = aims(["restore", "--in", "/nonexistent/backup.gz", "--data-dir", tempDir()]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const badPort = aims(["serve", "--port", "eighty", "--data-dir", tempDir()]);
    expect(badPort.status).toBe(1);
    expect(badPort.stderr).toMatch(/--port/);
  });
});
