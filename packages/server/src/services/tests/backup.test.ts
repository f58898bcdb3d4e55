import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { createTestDatabase } from "../../test-support/test-database.js";
import { BACKUP_TABLES, backupDatabase, restoreDatabase } from "../backup/backup.js";
import { verifyAuditChain } from "../audit/audit-queries.js";
import { systemContext } from "../context.js";
import { createBusinessUnit } from "../business-units/business-units-service.js";
import { createUser } from "../users/users-service.js";
import { createToken } from "../tokens/tokens-service.js";
import { enqueueJob } from "../jobs/job-queue.js";

async function snapshot(database: Database) {
  const out: Record<string, unknown[]> = {};
  for (const t of BACKUP_TABLES)
    out[t.name] = (
      await database.query(`SELECT row_to_json(x)::text AS j FROM ${t.name} x ORDER BY ${t.order}`)
    ).map((r) => r.j);
  return out;
}

describe("backup and restore", () => {
  it("round-trips the whole database exactly and the audit chain still verifies", async () => {
    const source = await createTestDatabase();
    const target = await createTestDatabase();
    const file = join(mkdtempSync(join(tmpdir(), "aims-bak-")), "backup.jsonl.gz");
    try {
      const ctx = systemContext(source.db, "test");
      const unit = await createBusinessUnit(ctx, {
        name: "Ünïcode — “quotes” 🚀",
        description: "line\nbreak",
      });
      const user = await createUser(ctx, {
        email: "b@example.org",
        name: "B",
        role: "viewer",
        password: "long enough password",
        businessUnitIds: [unit.id],
      });
      await createToken(ctx, user.id, { name: "ci", expiresInDays: 7 });
      await enqueueJob(source.db, "maintenance.cleanup", { nested: { a: [1, 2.5, "x"] } });
      const counts = await backupDatabase(source, file);
      expect(counts.users).toBe(1);
      await restoreDatabase(target, file);
      expect(await snapshot(target)).toEqual(await snapshot(source));
      expect((await verifyAuditChain(target.db)).intact).toBe(true);
      // The restored counters continue where the source stopped.
      const next = await createBusinessUnit(systemContext(target.db, "test"), { name: "Next" });
      expect(next.key).toBe("BU-2");
      expect((await verifyAuditChain(target.db)).intact).toBe(true);
    } finally {
      await source.close();
      await target.close();
    }
  });

  it("covers every table of the schema, so a new table cannot be left out of backups", async () => {
    const database = await createTestDatabase();
    try {
      const rows = await database.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
      );
      expect(BACKUP_TABLES.map((t) => t.name).sort()).toEqual(rows.map((r) => r.table_name));
    } finally {
      await database.close();
    }
  });

  it("refuses to restore over a database in use, changing nothing", async () => {
    const source = await createTestDatabase();
    const file = join(mkdtempSync(join(tmpdir(), "aims-bak-")), "b.gz");
    try {
      await createBusinessUnit(systemContext(source.db, "test"), { name: "Only" });
      await backupDatabase(source, file);
      await expect(restoreDatabase(source, file)).rejects.toThrow(/already in use/);
      expect((await source.query("SELECT count(*)::int AS n FROM business_units"))[0]!.n).toBe(1);
    } finally {
      await source.close();
    }
  });

  it("carries evidence files byte for byte, one row per batch", async () => {
    const source = await createTestDatabase();
    const target = await createTestDatabase();
    const file = join(mkdtempSync(join(tmpdir(), "aims-bak-")), "files.gz");
    try {
      const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a, 0x80]);
      for (const n of [1, 2, 3]) {
        const [row] = await source.query(
          `INSERT INTO evidence (key, title, kind, collected_on) VALUES ('EV-${n}', 'File ${n}', 'file', '2026-12-01') RETURNING id`,
        );
        await source.query(
          `INSERT INTO evidence_files (evidence_id, content) VALUES ('${String(row!.id)}', decode('${bytes.toString("hex")}${n}0', 'hex'))`,
        );
      }
      expect((await backupDatabase(source, file)).evidence_files).toBe(3);
      await restoreDatabase(target, file);
      const back = await target.query(
        "SELECT encode(content, 'hex') AS h FROM evidence_files f JOIN evidence e ON e.id = f.evidence_id ORDER BY e.key",
      );
      expect(back.map((r) => r.h)).toEqual([1, 2, 3].map((n) => `${bytes.toString("hex")}${n}0`));
    } finally {
      await source.close();
      await target.close();
    }
  });

  it("refuses a truncated or damaged backup and restores nothing of it", async () => {
    const source = await createTestDatabase();
    const target = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), "aims-bak-"));
    try {
      await createBusinessUnit(systemContext(source.db, "test"), { name: "One" });
      await createBusinessUnit(systemContext(source.db, "test"), { name: "Two" });
      const whole = join(dir, "whole.gz");
      await backupDatabase(source, whole);
      const lines = gunzipSync(readFileSync(whole)).toString("utf8").trimEnd().split("\n");
      const truncated = join(dir, "truncated.gz");
      writeFileSync(truncated, gzipSync(lines.slice(0, -1).join("\n")));
      await expect(restoreDatabase(target, truncated)).rejects.toThrow(/truncated/);
      const damaged = join(dir, "damaged.gz");
      const unitLine = lines.findIndex((l) => l.startsWith('{"t":"business_units"'));
      writeFileSync(damaged, gzipSync(lines.filter((_, i) => i !== unitLine).join("\n")));
      await expect(restoreDatabase(target, damaged)).rejects.toThrow(/damaged: table business_units/);
      expect((await target.query("SELECT count(*)::int AS n FROM business_units"))[0]!.n).toBe(0);
      await restoreDatabase(target, whole);
      expect((await target.query("SELECT count(*)::int AS n FROM business_units"))[0]!.n).toBe(2);
    } finally {
      await source.close();
      await target.close();
    }
  });
});
