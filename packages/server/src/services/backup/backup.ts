import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { DomainError } from "@openaims/core";
import type { Database } from "../../db/client.js";

/**
 * Whole-database backup as gzipped JSON lines: one header, then one line per row, table by table
 * in foreign-key order. Rows travel as PostgreSQL's own `row_to_json` and come back through
 * `json_populate_recordset`, so every value (timestamps to the microsecond, jsonb) round-trips
 * exactly, between PGlite and PostgreSQL in either direction.
 */
export const BACKUP_TABLES = [
  { name: "business_units", order: "id" },
  { name: "frameworks", order: "ref" },
  { name: "requirements", order: "key" },
  { name: "crosswalks", order: "ref" },
  { name: "crosswalk_entries", order: "crosswalk_ref, from_key, to_key" },
  { name: "users", order: "id" },
  { name: "user_business_units", order: "user_id, business_unit_id" },
  { name: "aims_profile", order: "id" },
  { name: "context_issues", order: "id" },
  { name: "interested_parties", order: "id" },
  { name: "objectives", order: "id" },
  { name: "objective_progress", order: "id" },
  { name: "ai_systems", order: "id" },
  { name: "ai_system_classifications", order: "id" },
  { name: "intake_requests", order: "id" },
  { name: "approvals", order: "id" },
  { name: "approval_steps", order: "id" },
  { name: "notifications", order: "id" },
  { name: "scope_versions", order: "id" },
  { name: "controls", order: "id" },
  { name: "risk_matrices", order: "version" },
  { name: "risks", order: "id" },
  { name: "risk_actions", order: "id" },
  { name: "risk_treatment_links", order: "risk_id, target" },
  { name: "risk_library_entries", order: "code" },
  { name: "impact_assessments", order: "id" },
  { name: "soa_entries", order: "control_key" },
  { name: "soa_versions", order: "number" },
  { name: "control_requirements", order: "control_id, requirement_key" },
  { name: "evidence", order: "id" },
  { name: "evidence_files", order: "evidence_id" },
  { name: "evidence_links", order: "evidence_id, target_type, target_id" },
  { name: "documents", order: "id" },
  { name: "document_revisions", order: "id" },
  { name: "document_links", order: "document_id, target_type, target_id" },
  { name: "document_publications", order: "id" },
  { name: "document_acknowledgements", order: "publication_id, user_id" },
  { name: "org_roles", order: "id" },
  { name: "org_role_members", order: "role_id, user_id" },
  { name: "raci_assignments", order: "id" },
  { name: "competences", order: "id" },
  { name: "role_competences", order: "role_id, competence_id" },
  { name: "training_records", order: "id" },
  { name: "concerns", order: "id" },
  { name: "ai_system_resources", order: "id" },
  { name: "vendors", order: "id" },
  { name: "vendor_contacts", order: "id" },
  { name: "vendor_certifications", order: "id" },
  { name: "vendor_ai_systems", order: "vendor_id, ai_system_id" },
  { name: "vendor_risk_ratings", order: "id" },
  { name: "questionnaire_templates", order: "id" },
  { name: "vendor_campaigns", order: "id" },
  { name: "campaign_answers", order: "campaign_id, question_id" },
  { name: "campaign_files", order: "id" },
  { name: "campaign_follow_ups", order: "id" },
  { name: "outbound_messages", order: "id" },
  { name: "sessions", order: "id" },
  { name: "api_tokens", order: "id" },
  { name: "login_failures", order: "id" },
  { name: "rate_limit_counters", order: "key" },
  { name: "audit_events", order: "seq" },
  { name: "audit_chain_head", order: "id" },
  { name: "key_counters", order: "entity" },
  { name: "settings", order: "key" },
  { name: "jobs", order: "id" },
] as const;

const FORMAT = "openaims-backup";
const FORMAT_VERSION = 1;
const BATCH = 500;

type Header = {
  format: string;
  formatVersion: number;
  createdAt: string;
  source: string;
  migration: string | null;
};

async function lastMigration(database: Database): Promise<string | null> {
  const rows = await database.query(
    `SELECT hash FROM drizzle.__drizzle_migrations ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  return (rows[0]?.hash as string | undefined) ?? null;
}

async function* backupLines(database: Database): AsyncGenerator<string> {
  const header: Header = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    source: database.kind,
    migration: await lastMigration(database),
  };
  yield `${JSON.stringify(header)}\n`;
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES) {
    counts[table.name] = 0;
    const batch = batchOf(table.name);
    for (let offset = 0; ; offset += batch) {
      const rows = await database.query(
        `SELECT row_to_json(t)::text AS j FROM ${table.name} t ORDER BY ${table.order} LIMIT ${batch} OFFSET ${offset}`,
      );
      for (const r of rows) yield `{"t":${JSON.stringify(table.name)},"r":${r.j as string}}\n`;
      counts[table.name]! += rows.length;
      if (rows.length < batch) break;
    }
  }
  yield `${JSON.stringify({ end: true, counts })}\n`;
}

/** Writes the whole database to `file`; returns the row count per table. */
export async function backupDatabase(database: Database, file: string): Promise<Record<string, number>> {
  let counts: Record<string, number> = {};
  const lines = backupLines(database);
  const source = Readable.from(
    (async function* () {
      for await (const line of lines) {
        if (line.startsWith('{"end":'))
          counts = (JSON.parse(line) as { counts: Record<string, number> }).counts;
        yield line;
      }
    })(),
  );
  await pipeline(source, createGzip(), createWriteStream(file, { mode: 0o600 }));
  return counts;
}

/** Rows per read and per insert; evidence files go one by one (each may be many megabytes). */
const batchOf = (table: string) => (table === "evidence_files" || table === "campaign_files" ? 1 : BATCH);

type BackupLine =
  | { kind: "header"; header: Header }
  | { kind: "row"; table: string; row: unknown }
  | { kind: "end"; counts: Record<string, number> };

/** The backup's lines one at a time, so a backup larger than memory can be restored. */
async function* readBackupLines(file: string): AsyncGenerator<BackupLine> {
  const input = createReadStream(file).pipe(createGunzip());
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of rl) {
      lineNo++;
      if (line.trim() === "") continue;
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(line) as Record<string, unknown>;
      } catch (e) {
        throw new DomainError(
          "VALIDATION_FAILED",
          `backup file ${file} is not readable at line ${lineNo}: ${(e as Error).message}`,
        );
      }
      if (lineNo === 1) yield { kind: "header", header: value as unknown as Header };
      else if (value.end === true) yield { kind: "end", counts: value.counts as Record<string, number> };
      else yield { kind: "row", table: String(value.t), row: value.r };
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new DomainError(
      "VALIDATION_FAILED",
      `backup file ${file} is not readable at line ${lineNo}: ${(e as Error).message}`,
    );
  } finally {
    rl.close();
  }
}

function checkHeader(file: string, header: Header | null): Header {
  if (!header || header.format !== FORMAT)
    throw new DomainError("VALIDATION_FAILED", `${file} is not an OpenAIMS backup`);
  if (header.formatVersion !== FORMAT_VERSION) {
    throw new DomainError(
      "VALIDATION_FAILED",
      `backup format ${header.formatVersion} is not supported (expected ${FORMAT_VERSION})`,
    );
  }
  return header;
}

/**
 * Restores a backup into a freshly migrated, unused database, all or nothing. A database that
 * already holds users or audit entries is refused rather than merged. Rows stream from the file
 * into one transaction (tables come in foreign-key order); a damaged or truncated file rolls it back.
 */
export async function restoreDatabase(database: Database, file: string): Promise<Record<string, number>> {
  const lines = readBackupLines(file);
  const first = await lines.next();
  const header = checkHeader(file, !first.done && first.value.kind === "header" ? first.value.header : null);
  const target = await lastMigration(database);
  if (header.migration !== target) {
    await lines.return(undefined);
    throw new DomainError(
      "CONFLICT",
      "the backup was made with a different database schema version than this OpenAIMS; restore it with the same release",
    );
  }
  const used = await database.query(
    `SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_events) AS n`,
  );
  if (Number(used[0]?.n) > 0) {
    await lines.return(undefined);
    throw new DomainError(
      "CONFLICT",
      "the target database is already in use; restore into a new data directory or an empty database",
    );
  }
  const known = new Set<string>(BACKUP_TABLES.map((t) => t.name));
  return database.db.transaction(async (tx) => {
    for (const table of [...BACKUP_TABLES].reverse())
      await tx.execute(sql.raw(`DELETE FROM ${table.name}`).inlineParams());
    const seen = new Map<string, number>();
    const pending: { table: string; rows: unknown[] } = { table: "", rows: [] };
    const flush = async () => {
      if (pending.rows.length === 0) return;
      const chunk = JSON.stringify(pending.rows);
      await tx.execute(
        sql`INSERT INTO ${sql.identifier(pending.table)} SELECT * FROM json_populate_recordset(null::${sql.identifier(pending.table)}, ${chunk}::json)`,
      );
      pending.rows = [];
    };
    let counts: Record<string, number> | null = null;
    for await (const line of lines) {
      if (line.kind === "end") {
        counts = line.counts;
        continue;
      }
      if (line.kind !== "row") continue;
      if (!known.has(line.table))
        throw new DomainError("VALIDATION_FAILED", `backup ${file} holds an unknown table ${line.table}`);
      if (pending.table !== line.table) {
        await flush();
        pending.table = line.table;
      }
      pending.rows.push(line.row);
      seen.set(line.table, (seen.get(line.table) ?? 0) + 1);
      if (pending.rows.length >= batchOf(line.table)) await flush();
    }
    await flush();
    if (!counts)
      throw new DomainError(
        "VALIDATION_FAILED",
        `backup ${file} is truncated (no end marker); nothing was restored`,
      );
    for (const [t, n] of Object.entries(counts)) {
      if ((seen.get(t) ?? 0) !== n)
        throw new DomainError(
          "VALIDATION_FAILED",
          `backup ${file} is damaged: table ${t} should hold ${n} rows`,
        );
    }
    return counts;
  });
}
