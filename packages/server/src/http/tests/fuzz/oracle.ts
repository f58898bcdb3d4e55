/**
 * What every fuzzed answer must satisfy: never a 5xx; a refusal carries the error body and no
 * internals; and a refusal changed nothing. "Nothing" is read from the audit chain head, since
 * every write is audited in its own transaction (ISO/IEC 42001 7.5.3), and from the file tables.
 */
import type { Database } from "../../../db/client.js";

export type Snapshot = { seq: number; hash: string; evidenceFiles: number; campaignFiles: number };

export async function snapshot(database: Database): Promise<Snapshot> {
  const [row] = await database.query(
    `SELECT h.seq::bigint AS seq, h.hash,
            (SELECT count(*) FROM evidence_files)::int AS "evidenceFiles",
            (SELECT count(*) FROM campaign_files)::int AS "campaignFiles"
       FROM audit_chain_head h`,
  );
  return { ...(row as Snapshot), seq: Number(row?.seq ?? 0) };
}

/** Audit actions a refusal may add: the portal audits refused links and refused requests on purpose. */
const AUDITED_REFUSALS = new Set(["vendor_portal.rejected", "vendor_portal.refused"]);

/** Signs of internals in an answer: SQL, driver and ORM names, stack frames, source paths. */
const LEAKS: [string, RegExp][] = [
  ["SQL text", /\bselect\s+[\w"*]|\binsert\s+into\b|\bupdate\s+"|\bdelete\s+from\b/i],
  ["database error", /violates|relation\s+"|syntax error|duplicate key|invalid input syntax|SQLSTATE/i],
  ["driver or ORM", /drizzle|pglite|node-postgres|\bpostgres(ql)?\b.*error/i],
  ["stack trace", /\n\s+at\s|\bat (Object|async|new|Module)\b|"stack"\s*:/],
  ["source path", /node_modules|\/src\/[\w/-]+\.(ts|js)|\.(ts|js):\d+:\d+/],
];

export type Answer = { statusCode: number; body: string };

/** The problems with one answer (empty when it is fine). */
export async function judge(
  database: Database,
  answer: Answer,
  before: Snapshot,
  after: Snapshot,
  vendorLink: boolean,
): Promise<string[]> {
  const problems: string[] = [];
  const { statusCode: status, body } = answer;
  if (status >= 500) problems.push(`server error ${status}`);
  if (status >= 400) {
    let error: { code?: unknown; message?: unknown } | undefined;
    try {
      error = (JSON.parse(body) as { error?: typeof error }).error;
    } catch {
      problems.push("error answer is not JSON");
    }
    if (error && (typeof error.code !== "string" || typeof error.message !== "string"))
      problems.push("error body lacks a code or message");
    else if (!error && !problems.length) problems.push("error answer is not { error: { code, message } }");
    for (const [what, pattern] of LEAKS) if (pattern.test(body)) problems.push(`answer leaks ${what}`);
  }
  if (status >= 400 && status < 500) {
    if (after.evidenceFiles !== before.evidenceFiles || after.campaignFiles !== before.campaignFiles)
      problems.push(
        `refused, yet files changed (evidence ${before.evidenceFiles}→${after.evidenceFiles}, campaign ${before.campaignFiles}→${after.campaignFiles})`,
      );
    if (after.seq !== before.seq || after.hash !== before.hash) {
      const rows = await database.query(`SELECT action FROM audit_events WHERE seq > $1 ORDER BY seq`, [
        before.seq,
      ]);
      const actions = rows.map((r) => String(r.action));
      const allowed = vendorLink && actions.every((a) => AUDITED_REFUSALS.has(a));
      if (!allowed) problems.push(`refused, yet audited a change: ${actions.join(", ") || "head moved"}`);
    }
  }
  return problems;
}

/** Requests sent and statuses seen, for the one-line summary the issue note quotes. */
export class Tally {
  requests = 0;
  routes = new Set<string>();
  private readonly statuses = new Map<number, number>();

  count(route: string, status: number): void {
    this.requests++;
    this.routes.add(route);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  line(extra: string): string {
    const byStatus = [...this.statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(" ");
    return `fuzz: ${this.requests} requests to ${this.routes.size} routes (${extra}); statuses ${byStatus}`;
  }
}
