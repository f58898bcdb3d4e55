/**
 * Many writers at once on PostgreSQL (architecture rules 4 and 5): 50 writers for
 * AIMS_LOAD_SECONDS (default 60) create vendors and edit a few shared ones with the version they
 * read. Afterwards every acknowledged create is a row, every acknowledged edit is reflected or
 * superseded by a later version (no lost update), and the audit chain verifies with one entry per
 * acknowledged write (ISO/IEC 42001 7.5.3). PostgreSQL only: PGlite serializes everything.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../services/audit/audit-queries.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";

const WRITERS = Number(process.env.AIMS_LOAD_WRITERS ?? 50);
const SECONDS = Number(process.env.AIMS_LOAD_SECONDS ?? 60);
const SHARED = 5;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Vendor = { id: string; version: number; description: string };
type Method = "GET" | "POST" | "PATCH";
const call = (method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(t.tokens.manager), payload });
const auditHead = async () => Number((await t.database.query("SELECT seq FROM audit_chain_head"))[0]!.seq);

/** Audit entries one create and one edit append (measured, so the count does not guess). */
async function auditPerWrite() {
  const before = await auditHead();
  const res = await call("POST", "/api/v1/vendors", { name: "Probe vendor" });
  const afterCreate = await auditHead();
  const vendor = res.json() as Vendor;
  await call("PATCH", `/api/v1/vendors/${vendor.id}`, { version: vendor.version, description: "probe" });
  return { create: afterCreate - before, edit: (await auditHead()) - afterCreate };
}

describe("50 writers on PostgreSQL", () => {
  it(
    "loses no update, stores every acknowledged row and keeps the audit chain whole",
    async () => {
      const perWrite = await auditPerWrite();
      const shared: Vendor[] = [];
      for (let i = 0; i < SHARED; i++)
        shared.push((await call("POST", "/api/v1/vendors", { name: `Shared ${i}` })).json() as Vendor);
      const seqBefore = await auditHead();

      const created: string[] = [];
      const edits = new Map<string, { version: number; description: string }[]>();
      const tally = { creates: 0, edits: 0, conflicts: 0, other: [] as string[] };
      const until = Date.now() + SECONDS * 1000;
      const writer = async (w: number) => {
        for (let n = 0; Date.now() < until; n++) {
          if (n % 2 === 0) {
            const name = `W${w}-${n}`;
            const res = await call("POST", "/api/v1/vendors", { name });
            if (res.statusCode === 201) {
              tally.creates++;
              created.push(name);
            } else tally.other.push(`${res.statusCode} ${res.body}`);
            continue;
          }
          const target = shared[(w + n) % SHARED]!;
          const read = (await call("GET", `/api/v1/vendors/${target.id}`)).json() as Vendor;
          const description = `edit by W${w}-${n}`;
          const res = await call("PATCH", `/api/v1/vendors/${target.id}`, {
            version: read.version,
            description,
          });
          if (res.statusCode === 200) {
            tally.edits++;
            const list = edits.get(target.id) ?? [];
            list.push({ version: (res.json() as Vendor).version, description });
            edits.set(target.id, list);
          } else if (res.statusCode === 409 && res.json().error.code === "VERSION_CONFLICT")
            tally.conflicts++;
          else tally.other.push(`${res.statusCode} ${res.body}`);
        }
      };
      await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

      // Every acknowledged create is exactly one row.
      const rows = await t.database.query("SELECT name FROM vendors WHERE name LIKE 'W%-%'");
      expect(rows.map((r) => r.name as string).sort()).toEqual([...created].sort());

      // Each acknowledged edit got its own version, one after the other, and the last one is what is stored.
      for (const target of shared) {
        const list = edits.get(target.id) ?? [];
        const versions = list.map((e) => e.version).sort((a, b) => a - b);
        expect(versions).toEqual(list.map((_, i) => target.version + 1 + i));
        const stored = (await call("GET", `/api/v1/vendors/${target.id}`)).json() as Vendor;
        expect(stored.version).toBe(target.version + list.length);
        if (list.length)
          expect(stored.description).toBe(list.find((e) => e.version === stored.version)!.description);
      }

      const audited = tally.creates * perWrite.create + tally.edits * perWrite.edit;
      const verification = await verifyAuditChain(t.database.db);
      console.log(
        `load: ${WRITERS} writers × ${SECONDS} s: ${tally.creates} creates, ${tally.edits} edits, ` +
          `${tally.conflicts} VERSION_CONFLICT, ${tally.other.length} other; ${rows.length + SHARED} rows checked; ` +
          `audit entries ${(await auditHead()) - seqBefore} (expected ${audited}), chain checked ${verification.checked}`,
      );
      expect(tally.other).toEqual([]);
      expect(tally.edits).toBeGreaterThan(0);
      expect(verification).toMatchObject({ intact: true, firstBroken: null });
      expect((await auditHead()) - seqBefore).toBe(audited);
      expect(verification.checked).toBe(await auditHead());
    },
    (SECONDS + 120) * 1000,
  );
});
