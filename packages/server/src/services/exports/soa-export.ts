import { PassThrough } from "node:stream";
import {
  matchesSoaFilter,
  SoaListQuery,
  type SoaEntryView,
  type SoaVersionView,
  type SoaView,
} from "@openaims/core";
import { z } from "zod";
import type { ServiceContext } from "../context.js";
import { getSoa, getSoaVersion } from "../soa/soa-service.js";
import { approvalBlocks } from "./approval-blocks.js";
import { renderPdf } from "./pdf-renderer.js";
import {
  CONTENT_TYPES,
  isoDay,
  isoMinute,
  labelOf,
  type ExportFile,
  type Report,
  type ReportBlock,
} from "./report-model.js";
import { createXlsxWriter, dateCell, type XlsxCell, type XlsxColumn } from "./xlsx-writer.js";

/** The SoA list's filters, the format and an issued version (none: the working copy). */
export const SoaExportQuery = SoaListQuery.extend({
  format: z.enum(["xlsx", "pdf"]).default("xlsx"),
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
});
export type SoaExportQuery = z.infer<typeof SoaExportQuery>;

const REASON_KINDS: Record<SoaEntryView["reasons"][number]["kind"], string> = {
  risk_treatment: "Risk treatment",
  legal: "Legal or regulatory requirement",
  interested_party: "Interested party",
  business: "Business need",
};

export const applicabilityOf = (e: Pick<SoaEntryView, "applicable">) =>
  e.applicable === true ? "Applicable" : e.applicable === false ? "Excluded" : "Not decided";

/** "Risk treatment: RSK-12 Biased ranking — note", one reason a line. */
export const reasonsText = (e: Pick<SoaEntryView, "reasons">) =>
  e.reasons
    .map(
      (r) =>
        `${REASON_KINDS[r.kind]}: ${[r.ref, r.label].filter(Boolean).join(" ")}${r.note ? ` — ${r.note}` : ""}`,
    )
    .join("\n");

/** Why the control is in or out: its reasons, or the justification of its exclusion (6.1.3 e). */
export function justificationOf(e: SoaEntryView): string {
  if (e.applicable === false) return e.exclusionJustification || "No justification recorded.";
  if (e.applicable === true) return reasonsText(e) || "No reason recorded.";
  return "";
}

const controlsText = (e: SoaEntryView) => e.controls.map((c) => `${c.code} ${c.title}`).join("\n");
const EVIDENCE_STATES: Record<SoaEntryView["evidence"][number]["state"], string> = {
  current: "current",
  expiring: "expiring soon",
  expired: "expired",
  not_yet_effective: "not yet effective",
};
/** "EV-3 Bias test report (expired, valid until 2026-11-30)", one item a line. */
export const evidenceText = (e: Pick<SoaEntryView, "evidence">) =>
  e.evidence
    .map(
      (v) =>
        `${v.key} ${v.title} (${EVIDENCE_STATES[v.state]}${
          v.state === "not_yet_effective" && v.effectiveOn
            ? `, effective from ${v.effectiveOn}`
            : v.validUntil
              ? `, valid until ${v.validUntil}`
              : ""
        })`,
    )
    .join("\n");
const risksText = (e: SoaEntryView) =>
  [
    ...e.risks.map((r) => `${r.key} ${r.title}`),
    ...(e.riskCount > e.risks.length ? [`and ${e.riskCount - e.risks.length} more`] : []),
  ].join("\n");

const XLSX_COLUMNS: (XlsxColumn & { value: (e: SoaEntryView) => XlsxCell })[] = [
  { header: "Control", width: 10, value: (e) => e.controlId },
  { header: "Title", width: 40, value: (e) => e.title },
  { header: "Theme", width: 8, value: (e) => e.theme },
  { header: "Theme title", width: 30, value: (e) => e.themeTitle },
  { header: "Applicability", width: 13, value: applicabilityOf },
  { header: "Decided by", width: 10, value: (e) => (e.decisionSource ? labelOf(e.decisionSource) : "") },
  { header: "Reasons for inclusion", width: 60, value: reasonsText },
  { header: "Exclusion justification", width: 50, value: (e) => e.exclusionJustification },
  { header: "Implementation", width: 14, value: (e) => labelOf(e.implementationStatus) },
  { header: "Organization controls", width: 40, value: controlsText },
  { header: "Evidence", width: 45, value: evidenceText },
  { header: "Risks", width: 40, value: risksText },
  { header: "Risk count", width: 8, type: "number", value: (e) => e.riskCount },
  { header: "Notes", width: 50, value: (e) => e.notes },
  { header: "Updated", width: 13, type: "date", value: (e) => dateCell(e.updatedAt) },
];

type SoaSource = {
  label: string;
  entries: SoaEntryView[];
  summary: SoaView["summary"];
  version: SoaVersionView | null;
};

/** The SoA as a report: summary, approval of an issued version, then each Annex A topic as a table. */
export async function soaReport(ctx: ServiceContext, source: SoaSource, now = new Date()): Promise<Report> {
  const s = source.summary;
  const blocks: ReportBlock[] = [
    { kind: "heading", level: 2, text: "Summary" },
    {
      kind: "fields",
      fields: [
        ["Annex A controls", String(s.total)],
        ["Applicable", String(s.applicable)],
        ["Excluded", String(s.excluded)],
        ["Not decided", String(s.undecided)],
        ["Implemented", String(s.implemented)],
        ["Excluded without justification", String(s.excludedWithoutJustification)],
        ["Applicable without a reason", String(s.applicableWithoutReason)],
      ],
    },
  ];
  if (source.version) {
    if (source.version.note) blocks.push({ kind: "paragraph", text: `Note: ${source.version.note}` });
    blocks.push(...(await approvalBlocks(ctx.db, source.version.approval)));
  }
  const themes = new Map<string, SoaEntryView[]>();
  for (const e of source.entries) themes.set(e.theme, [...(themes.get(e.theme) ?? []), e]);
  if (themes.size === 0) blocks.push({ kind: "paragraph", text: "No control matches these filters." });
  for (const entries of themes.values()) {
    blocks.push({ kind: "heading", level: 2, text: `${entries[0]!.theme} ${entries[0]!.themeTitle}` });
    blocks.push({
      kind: "table",
      columns: [
        { header: "Control", width: 5 },
        { header: "Title", width: 13 },
        { header: "Decision", width: 7 },
        { header: "Justification", width: 22 },
        { header: "Status", width: 7 },
        { header: "Organization controls", width: 12 },
        { header: "Evidence", width: 13 },
        { header: "Risks", width: 11 },
        { header: "Notes", width: 10 },
      ],
      rows: entries.map((e) => [
        e.controlId,
        e.title,
        applicabilityOf(e),
        justificationOf(e),
        labelOf(e.implementationStatus),
        controlsText(e),
        evidenceText(e),
        risksText(e),
        e.notes,
      ]),
    });
  }
  return {
    title: "Statement of Applicability",
    subtitle: "ISO/IEC 42001:2023 6.1.3 d–e, Annex A",
    generatedAt: now,
    metadata: [["Version", source.label]],
    landscape: true,
    blocks,
  };
}

async function sourceOf(ctx: ServiceContext, q: SoaExportQuery): Promise<SoaSource> {
  const { version, format: _format, ...filters } = q;
  if (version === undefined) {
    const soa = await getSoa(ctx, filters);
    const latest = soa.latestVersion
      ? ` (latest issued: version ${soa.latestVersion.number}, ${labelOf(soa.latestVersion.status).toLowerCase()})`
      : " (no version issued yet)";
    return { label: `Working copy${latest}`, entries: soa.items, summary: soa.summary, version: null };
  }
  const v = await getSoaVersion(ctx, version);
  const decided = v.decidedAt ? `, decided ${isoMinute(new Date(v.decidedAt))}` : "";
  return {
    label: `Version ${v.number}: ${labelOf(v.status).toLowerCase()}, issued ${isoMinute(new Date(v.createdAt))}${decided}`,
    entries: v.entries.filter((e) => matchesSoaFilter(e, filters)),
    summary: v.summary,
    version: v,
  };
}

/** The Statement of Applicability (ISO/IEC 42001 6.1.3 d–e) as XLSX (one row per control) or PDF. */
export async function exportSoa(ctx: ServiceContext, q: SoaExportQuery): Promise<ExportFile> {
  const source = await sourceOf(ctx, q);
  const now = new Date();
  const filename = `soa-${q.version === undefined ? "working" : `v${q.version}`}-${isoDay(now)}.${q.format}`;
  if (q.format === "pdf")
    return { filename, contentType: CONTENT_TYPES.pdf, stream: renderPdf(await soaReport(ctx, source, now)) };
  const out = new PassThrough();
  const writer = createXlsxWriter(out, "Statement of Applicability", XLSX_COLUMNS);
  for (const e of source.entries) writer.addRow(XLSX_COLUMNS.map((c) => c.value(e)));
  void writer.finish().catch((error: unknown) => out.destroy(error as Error));
  return { filename, contentType: CONTENT_TYPES.xlsx, stream: out };
}
