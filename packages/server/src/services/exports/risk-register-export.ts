import { PassThrough } from "node:stream";
import { riskLevel, type RiskView } from "@openaims/core";
import type { ServiceContext } from "../context.js";
import { currentMatrix } from "../risks/risk-matrix-service.js";
import { riskHeatMap } from "../risks/risks-service.js";
import { renderPdf } from "./pdf-renderer.js";
import {
  CONTENT_TYPES,
  isoDay,
  labelOf,
  type ExportFile,
  type Report,
  type ReportBlock,
} from "./report-model.js";
import {
  namesOfFilters,
  riskBatches,
  type RiskExportFilters,
  type RiskRowContext,
} from "./risk-register-rows.js";
import { createXlsxWriter, dateCell, type XlsxCell, type XlsxColumn } from "./xlsx-writer.js";

const score = (l: number, i: number, label: string) => `${l}×${i} ${label}`;

const XLSX_COLUMNS: (XlsxColumn & { value: (r: RiskView, n: RiskRowContext) => XlsxCell })[] = [
  { header: "Key", width: 10, value: (r) => r.key },
  { header: "Title", width: 40, value: (r) => r.title },
  { header: "AI system", width: 28, value: (r, n) => n.aiSystem(r.aiSystemId) },
  { header: "Business unit", width: 20, value: (r, n) => n.businessUnit(r.businessUnitId) },
  { header: "Source", width: 30, value: (r, n) => n.requirement(r.source) },
  { header: "Characteristic", width: 30, value: (r, n) => n.requirement(r.characteristic) },
  { header: "Description", width: 60, value: (r) => r.description },
  { header: "Consequences for the organization", width: 40, value: (r) => r.consequences.organization },
  { header: "Consequences for individuals", width: 40, value: (r) => r.consequences.individuals },
  { header: "Consequences for society", width: 40, value: (r) => r.consequences.society },
  { header: "Inherent likelihood", width: 10, type: "number", value: (r) => r.inherentLikelihood },
  { header: "Inherent impact", width: 10, type: "number", value: (r) => r.inherentImpact },
  { header: "Inherent level", width: 14, value: (r) => r.inherentLevel.label },
  { header: "Existing controls", width: 40, value: (r) => r.existingControls },
  { header: "Residual likelihood", width: 10, type: "number", value: (r) => r.residualLikelihood },
  { header: "Residual impact", width: 10, type: "number", value: (r) => r.residualImpact },
  { header: "Residual level", width: 14, value: (r) => r.residualLevel.label },
  { header: "Owner", width: 22, value: (r, n) => n.owner(r.ownerId) },
  { header: "Treatment", width: 12, value: (r) => labelOf(r.treatment) },
  { header: "Status", width: 18, value: (r) => labelOf(r.status) },
  { header: "Accepted until", width: 13, type: "date", value: (r) => dateCell(r.acceptedUntil) },
  { header: "Treatment controls", width: 40, value: (r, n) => r.treatmentControls.map(n.control).join("\n") },
  { header: "Annex A controls", width: 40, value: (r, n) => r.annexAControls.map(n.requirement).join("\n") },
  { header: "Actions", width: 9, type: "number", value: (r, n) => n.actions(r.id).total },
  { header: "Open actions", width: 9, type: "number", value: (r, n) => n.actions(r.id).open },
  { header: "Next review", width: 13, type: "date", value: (r) => dateCell(r.nextReviewOn) },
  { header: "Updated", width: 13, type: "date", value: (r) => dateCell(r.updatedAt) },
];

/** The main columns that fit a landscape A4 page. */
const PDF_COLUMNS: { header: string; width: number; value: (r: RiskView, n: RiskRowContext) => string }[] = [
  { header: "Key", width: 6, value: (r) => r.key },
  { header: "Title", width: 22, value: (r) => r.title },
  { header: "AI system", width: 13, value: (r, n) => n.aiSystem(r.aiSystemId) },
  { header: "Owner", width: 10, value: (r, n) => n.owner(r.ownerId) },
  {
    header: "Inherent (L×I)",
    width: 9,
    value: (r) => score(r.inherentLikelihood, r.inherentImpact, r.inherentLevel.label),
  },
  {
    header: "Residual (L×I)",
    width: 9,
    value: (r) => score(r.residualLikelihood, r.residualImpact, r.residualLevel.label),
  },
  { header: "Treatment", width: 8, value: (r) => labelOf(r.treatment) },
  { header: "Status", width: 9, value: (r) => labelOf(r.status) },
  { header: "Accepted until", width: 7.5, value: (r) => r.acceptedUntil ?? "" },
  {
    header: "Actions open / all",
    width: 6,
    value: (r, n) => `${n.actions(r.id).open} / ${n.actions(r.id).total}`,
  },
  { header: "Next review", width: 7.5, value: (r) => r.nextReviewOn ?? "" },
];

const FILTER_LABELS: Record<string, string> = {
  q: "search",
  aiSystemId: "AI system",
  businessUnitId: "business unit",
  ownerId: "owner",
  status: "status",
  treatment: "treatment",
  minResidualLevel: "residual level index at least",
  inherentLikelihood: "inherent likelihood",
  inherentImpact: "inherent impact",
  residualLikelihood: "residual likelihood",
  residualImpact: "residual impact",
  openOnly: "leave out closed risks",
};

/** The filters in words for a report's header (names rather than ids). */
async function describeFilters(ctx: ServiceContext, f: RiskExportFilters): Promise<[string, string][]> {
  const shown = Object.entries(f).filter(([k, v]) => v !== undefined && v !== "" && k in FILTER_LABELS);
  if (!shown.length) return [["Filters", "none (the whole register you may read)"]];
  const names = await namesOfFilters(ctx, f);
  return [
    [
      "Filters",
      shown
        .map(([k, v]) => {
          const text = String(v);
          return `${FILTER_LABELS[k]}: ${names.get(text) ?? (k === "status" || k === "treatment" ? labelOf(text) : text)}`;
        })
        .join("; "),
    ],
  ];
}

/** The residual heat map of open risks and the count per level (ISO/IEC 42001 6.1.2 d, e). */
async function summaryBlocks(ctx: ServiceContext, f: RiskExportFilters): Promise<ReportBlock[]> {
  const matrix = await currentMatrix(ctx.db);
  const m = matrix.definition;
  // The same filters as the table below, so the summary counts what the export lists.
  const map = await riskHeatMap(ctx, { ...f, kind: "residual" });
  const perLevel = m.levels.map(() => 0);
  map.counts.forEach((row, l) =>
    row.forEach((n, i) => {
      perLevel[riskLevel(m, l + 1, i + 1).index]! += n;
    }),
  );
  const rows = m.likelihood.map((_, l) => m.likelihood.length - 1 - l); // high likelihood on top
  return [
    { kind: "heading", level: 2, text: "Summary" },
    {
      kind: "paragraph",
      muted: true,
      text: `Residual level of open risks (not closed) on the criteria in force (version ${matrix.version})${
        f.aiSystemId || f.businessUnitId ? ", for the AI system or business unit filter" : ""
      }: ${map.total} risks.`,
    },
    {
      kind: "grid",
      caption: "Residual heat map: likelihood (rows) × impact (columns)",
      rowLabels: rows.map((l) => `${l + 1} ${m.likelihood[l]!.label}`),
      columnLabels: m.impact.map((p, i) => `${i + 1} ${p.label}`),
      cells: rows.map((l) =>
        m.impact.map((_, i) => ({
          text: String(map.counts[l]?.[i] ?? 0),
          color: riskLevel(m, l + 1, i + 1).color,
        })),
      ),
    },
    {
      kind: "table",
      columns: [
        { header: "Residual level", width: 3 },
        { header: "Appetite", width: 3 },
        { header: "Open risks", width: 2 },
      ],
      rows: m.levels.map((level, i) => [level.label, labelOf(level.appetite), String(perLevel[i])]).reverse(),
    },
  ];
}

async function* registerRows(ctx: ServiceContext, f: RiskExportFilters): AsyncGenerator<string[]> {
  for await (const { risks, names } of riskBatches(ctx, f))
    for (const r of risks) yield PDF_COLUMNS.map((c) => c.value(r, names));
}

/**
 * The risk register (ISO/IEC 42001 6.1.2, 8.2) as a file the reader may keep: every risk the caller
 * may read that matches the list's filters, read in batches and streamed as it is written.
 */
export async function exportRiskRegister(
  ctx: ServiceContext,
  filters: RiskExportFilters,
  format: "xlsx" | "pdf",
): Promise<ExportFile> {
  const now = new Date();
  const filename = `risk-register-${isoDay(now)}.${format}`;
  if (format === "pdf") {
    const summary = await summaryBlocks(ctx, filters);
    async function* blocks(): AsyncGenerator<ReportBlock> {
      yield* summary;
      yield { kind: "heading", level: 2, text: "Risks" };
      yield {
        kind: "table",
        columns: PDF_COLUMNS.map(({ header, width }) => ({ header, width })),
        rows: registerRows(ctx, filters),
        emptyText: "No risk matches these filters.",
      };
    }
    const report: Report = {
      title: "AI risk register",
      subtitle: "ISO/IEC 42001 6.1.2, 6.1.3, 8.2, 8.3",
      generatedAt: now,
      metadata: await describeFilters(ctx, filters),
      landscape: true,
      blocks: blocks(),
    };
    return { filename, contentType: CONTENT_TYPES.pdf, stream: renderPdf(report) };
  }
  const out = new PassThrough();
  const writer = createXlsxWriter(out, "Risk register", XLSX_COLUMNS);
  void (async () => {
    for await (const { risks, names } of riskBatches(ctx, filters)) {
      for (const r of risks) writer.addRow(XLSX_COLUMNS.map((c) => c.value(r, names)));
      await writer.relieve();
    }
    await writer.finish();
  })().catch((error: unknown) => out.destroy(error as Error));
  return { filename, contentType: CONTENT_TYPES.xlsx, stream: out };
}
