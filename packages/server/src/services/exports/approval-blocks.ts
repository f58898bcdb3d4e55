import { inArray } from "drizzle-orm";
import type { ApprovalView } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { users } from "../../db/schema/index.js";
import { isoMinute, labelOf, type ReportBlock } from "./report-model.js";

/** Names of the people an approval mentions, in one query. */
async function namesOf(db: DbOrTx, approval: ApprovalView): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      approval.steps.flatMap((s) => [s.decidedBy, s.approverUserId]).filter((x): x is string => Boolean(x)),
    ),
  ];
  if (!ids.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((u) => [u.id, u.name]));
}

/**
 * The approval steps with who decided what, when and why (ISO/IEC 42001 7.5.2: documented
 * information is approved; the record shows by whom).
 */
export async function approvalBlocks(db: DbOrTx, approval: ApprovalView | null): Promise<ReportBlock[]> {
  if (!approval)
    return [
      { kind: "heading", level: 2, text: "Approval" },
      { kind: "paragraph", muted: true, text: "Not submitted for approval yet." },
    ];
  const names = await namesOf(db, approval);
  return [
    { kind: "heading", level: 2, text: "Approval" },
    {
      kind: "fields",
      fields: [
        ["Status", labelOf(approval.status)],
        ["Requested", isoMinute(new Date(approval.createdAt))],
        ["Completed", approval.completedAt ? isoMinute(new Date(approval.completedAt)) : "—"],
      ],
    },
    {
      kind: "table",
      columns: [
        { header: "Step", width: 1 },
        { header: "Approver", width: 3 },
        { header: "Decision", width: 2 },
        { header: "Decided by", width: 3 },
        { header: "When", width: 3 },
        { header: "Comment", width: 6 },
      ],
      rows: approval.steps.map((s) => [
        `${s.position}. ${s.name}`,
        s.approverUserId
          ? (names.get(s.approverUserId) ?? s.approverUserId)
          : s.approverRole
            ? `any ${s.approverRole}`
            : "—",
        labelOf(s.status),
        s.decidedBy ? (names.get(s.decidedBy) ?? s.decidedBy) : "—",
        s.decidedAt ? isoMinute(new Date(s.decidedAt)) : "—",
        s.comment ?? "",
      ]),
    },
  ];
}
