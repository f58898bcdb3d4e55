import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, runMigrations } from "../../db/migrate.js";
import { createTestDatabase } from "../../test-support/test-database.js";

/** A copy of the real migrations plus one that fails halfway through. */
function brokenMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), "aims-mig-"));
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as {
    entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[];
  };
  const last = journal.entries[journal.entries.length - 1]!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_broken" });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(
    join(dir, "9999_broken.sql"),
    'CREATE TABLE half_done (id int);\n--> statement-breakpoint\nSELECT * FROM "no_such_table";\n',
  );
  return dir;
}

const tables = async (q: (s: string) => Promise<Record<string, unknown>[]>) =>
  (await q("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).map(
    (r) => r.table_name,
  );

describe("migrations", () => {
  it("apply on an empty database and are idempotent", async () => {
    const database = await createTestDatabase();
    try {
      await runMigrations(database);
      expect(await tables(database.query)).toEqual(expect.arrayContaining(["users", "audit_events", "jobs"]));
    } finally {
      await database.close();
    }
  });

  it("stop with a clear message on failure and leave the database as it was", async () => {
    const database = await createTestDatabase();
    try {
      const before = await tables(database.query);
      const applied = await database.query("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
      await expect(runMigrations(database, brokenMigrations())).rejects.toThrow(
        /migration failed, nothing was changed: .*no_such_table/,
      );
      expect(await tables(database.query)).toEqual(before);
      expect(await database.query("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations")).toEqual(
        applied,
      );
    } finally {
      await database.close();
    }
  });
});
