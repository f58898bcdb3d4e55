import { asc, count, desc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import {
  diffSoa,
  DomainError,
  soaProblems,
  soaSummary,
  type ApprovalView,
  type Decision,
  type Page,
  type SoaComparison,
  type SoaEntryView,
  type SoaVersionListItem,
  type SoaVersionView,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { approvals, approvalSteps, soaVersions } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { assertUserActor } from "../auth/sessions.js";
import type { ServiceContext } from "../context.js";
import { decideApproval, openApproval, toApprovalView } from "../approvals/approvals-service.js";
import { assertCatalogLoaded, loadAnnexA } from "./soa-catalog.js";
import { lockSoaWrites, workingEntries } from "./soa-entries.js";

/** Issued versions are organization-wide documents: every implementing control and risk, whatever the reader's units. */
const WHOLE_ORGANIZATION = { kind: "system", label: "soa" } as const;

type VersionRow = typeof soaVersions.$inferSelect;
type Snapshot = { entries: SoaEntryView[]; summary: SoaVersionView["summary"] };
type VersionStatus = SoaVersionView["status"];

/** Top management approves the SoA (ISO/IEC 42001 5.1, 6.1.3); the engine keeps the requester out. */
const APPROVAL_STEPS = [
  {
    name: "A manager approves the Statement of Applicability",
    approverRole: "manager" as const,
    approverUserId: null,
  },
];

/**
 * Approvals name their subject by UUID; SoA versions are numbered, so version N is the fixed UUID
 * 50a00000-0000-4000-8000-<N in 12 digits>, readable in the audit trail and stable across backups.
 */
export const soaVersionSubjectId = (n: number) => `50a00000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Approvals of many versions in two queries. */
async function approvalsOf(db: DbOrTx, ids: string[]): Promise<Map<string, ApprovalView>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(approvals).where(inArray(approvals.id, ids));
  const steps = await db
    .select()
    .from(approvalSteps)
    .where(inArray(approvalSteps.approvalId, ids))
    .orderBy(asc(approvalSteps.position));
  return new Map(
    rows.map((a) => [
      a.id,
      toApprovalView(
        a,
        steps.filter((s) => s.approvalId === a.id),
      ),
    ]),
  );
}

const listItemOf = (
  r: Omit<VersionRow, "snapshot">,
  summary: SoaVersionView["summary"],
  approval: ApprovalView | null,
): SoaVersionListItem => ({
  number: r.number,
  status: r.status as VersionStatus,
  note: r.note,
  summary,
  approval,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy,
  decidedAt: r.decidedAt?.toISOString() ?? null,
});

async function loadVersion(db: DbOrTx, n: number, lock = false): Promise<VersionRow> {
  const query = db.select().from(soaVersions).where(eq(soaVersions.number, n));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `SoA version ${n} not found`);
  return row;
}

async function versionView(db: DbOrTx, row: VersionRow): Promise<SoaVersionView> {
  const snapshot = row.snapshot as Snapshot;
  const approval = row.approvalId
    ? ((await approvalsOf(db, [row.approvalId])).get(row.approvalId) ?? null)
    : null;
  return { ...listItemOf(row, snapshot.summary, approval), entries: snapshot.entries };
}

/** An issued SoA version with its frozen entries and its approval. */
export async function getSoaVersion(ctx: ServiceContext, n: number): Promise<SoaVersionView> {
  return versionView(ctx.db, await loadVersion(ctx.db, n));
}

/** Issued versions (summary and approval, without the entries), newest first unless asked otherwise. */
export async function listSoaVersions(
  ctx: ServiceContext,
  q: { limit: number; offset: number; order: "asc" | "desc" },
): Promise<Page<SoaVersionListItem>> {
  const { snapshot: _s, ...cols } = getTableColumns(soaVersions);
  const rows = await ctx.db
    .select({ ...cols, summary: sql<SoaVersionView["summary"]>`${soaVersions.snapshot} -> 'summary'` })
    .from(soaVersions)
    .orderBy(q.order === "asc" ? asc(soaVersions.number) : desc(soaVersions.number))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(soaVersions);
  const found = await approvalsOf(
    ctx.db,
    rows.flatMap((r) => (r.approvalId ? [r.approvalId] : [])),
  );
  return {
    items: rows.map((r) => listItemOf(r, r.summary, r.approvalId ? (found.get(r.approvalId) ?? null) : null)),
    total: total?.n ?? 0,
  };
}

/**
 * Issues the working SoA as the next version and asks a manager to approve it (ISO/IEC 42001
 * 6.1.3 d–e, 7.5.3). Refused while a version waits for approval or the SoA has problems.
 */
export async function issueSoaVersion(ctx: ServiceContext, input: { note: string }): Promise<SoaVersionView> {
  const me = assertUserActor(ctx.actor);
  assertCatalogLoaded(await loadAnnexA(ctx.db));
  return ctx.db.transaction(async (tx) => {
    await lockSoaWrites(tx);
    const [latest] = await tx.select().from(soaVersions).orderBy(desc(soaVersions.number)).limit(1);
    if (latest?.status === "in_review")
      throw new DomainError(
        "CONFLICT",
        `version ${latest.number} is waiting for approval: decide it before issuing another`,
      );
    const entries = (await workingEntries(tx, WHOLE_ORGANIZATION)).map((e) => ({
      ...e,
      proposal: null,
    }));
    const problems = soaProblems(entries);
    if (problems.length)
      throw new DomainError(
        "RULE_VIOLATION",
        `the Statement of Applicability has ${problems.length} problem${problems.length === 1 ? "" : "s"} to fix before it can be issued`,
        { problems },
      );
    const number = (latest?.number ?? 0) + 1;
    const approval = await openApproval(
      tx,
      ctx,
      {
        type: "soa_version",
        id: soaVersionSubjectId(number),
        title: `Statement of Applicability version ${number}`,
      },
      me.userId,
      APPROVAL_STEPS,
    );
    const snapshot: Snapshot = { entries, summary: soaSummary(entries) };
    const [row] = await tx
      .insert(soaVersions)
      .values({
        number,
        status: "in_review",
        snapshot,
        note: input.note,
        approvalId: approval.id,
        createdBy: me.userId,
      })
      .returning();
    const view = { ...listItemOf(row!, snapshot.summary, approval), entries };
    await recordAudit(tx, ctx, {
      action: "soa_version.issued",
      entityType: "soa_version",
      entityId: soaVersionSubjectId(number),
      after: { number, note: input.note, summary: snapshot.summary },
    });
    return view;
  });
}

/** A manager's decision on an issued version; the approval engine says who may decide. */
export async function decideSoaVersion(
  ctx: ServiceContext,
  n: number,
  decision: Decision,
  comment: string,
): Promise<SoaVersionView> {
  assertUserActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const row = await loadVersion(tx, n, true);
    if (row.status !== "in_review" || !row.approvalId)
      throw new DomainError(
        "RULE_VIOLATION",
        `SoA version ${n} is ${row.status}, not waiting for a decision`,
      );
    const approval = await decideApproval(tx, ctx, row.approvalId, decision, comment);
    const status: VersionStatus =
      approval.status === "approved" ? "approved" : approval.status === "pending" ? "in_review" : "rejected";
    const [updated] = await tx
      .update(soaVersions)
      .set({ status, decidedAt: status === "in_review" ? null : new Date() })
      .where(eq(soaVersions.number, n))
      .returning();
    if (status !== "in_review")
      await recordAudit(tx, ctx, {
        action: `soa_version.${status}`,
        entityType: "soa_version",
        entityId: soaVersionSubjectId(n),
        before: { number: n, status: row.status },
        after: { number: n, status, comment },
      });
    return versionView(tx, updated!);
  });
}

const labelOf = (r: VersionRow) => `Version ${r.number} (${r.status.replace("_", " ")})`;

/** What changed from one issued version to another, or to the working copy. */
export async function compareSoa(
  ctx: ServiceContext,
  q: { from: number; to: number | "working" },
): Promise<SoaComparison> {
  const from = await loadVersion(ctx.db, q.from);
  const to = q.to === "working" ? null : await loadVersion(ctx.db, q.to);
  const toEntries = to ? (to.snapshot as Snapshot).entries : await workingEntries(ctx.db, WHOLE_ORGANIZATION);
  const changes = diffSoa((from.snapshot as Snapshot).entries, toEntries);
  return {
    from: { number: from.number, label: labelOf(from) },
    to: { number: to?.number ?? null, label: to ? labelOf(to) : "Working copy" },
    changes,
    total: changes.length,
  };
}
