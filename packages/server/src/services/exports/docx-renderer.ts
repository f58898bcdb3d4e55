import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import { blocksOf, isoMinute, type Report, type ReportBlock } from "./report-model.js";
import { cleanText } from "./text.js";

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const HEADER_FILL = "E9ECEF";

/** Runs of a text; line breaks inside a value stay line breaks in Word. */
function runs(text: string, style: { bold?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return cleanText(text)
    .split("\n")
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

const para = (text: string, style: { bold?: boolean; color?: string; size?: number } = {}) =>
  new Paragraph({ children: runs(text, style) });

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [para(text, { bold: header, size: 18 })],
    ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } } : {}),
  });
}

function table(columns: { header: string; width: number }[], rows: string[][], headerRow: boolean): Table {
  const sum = columns.reduce((a, c) => a + c.width, 0) || 1;
  const widths = columns.map((c) => Math.round((c.width / sum) * 100));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...(headerRow
        ? [
            new TableRow({
              tableHeader: true,
              children: columns.map((c, i) => cell(c.header, widths[i]!, true)),
            }),
          ]
        : []),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: false,
            children: columns.map((_, i) =>
              // The first column of a field list is its label.
              cell(r[i] ?? "", widths[i]!, !headerRow && i === 0),
            ),
          }),
      ),
    ],
  });
}

async function toChildren(block: ReportBlock): Promise<FileChild[]> {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) })];
    case "paragraph":
      return [para(block.text, block.muted ? { color: "555555" } : {})];
    case "fields":
      return [
        table(
          [
            { header: "Field", width: 30 },
            { header: "Value", width: 70 },
          ],
          block.fields,
          false,
        ),
        new Paragraph({}),
      ];
    case "table": {
      const rows: string[][] = [];
      for await (const r of block.rows as AsyncIterable<string[]> | string[][]) rows.push(r);
      if (rows.length === 0 && block.emptyText) return [para(block.emptyText, { color: "555555" })];
      return [table(block.columns, rows, true), new Paragraph({})];
    }
    case "grid":
      return [
        para(block.caption, { bold: true }),
        table(
          [{ header: "", width: 3 }, ...block.columnLabels.map((l) => ({ header: l, width: 1 }))],
          block.cells.map((row, r) => [block.rowLabels[r] ?? "", ...row.map((c) => c.text)]),
          true,
        ),
        new Paragraph({}),
      ];
  }
}

/**
 * Renders a report as a Word document: real headings (navigation pane, table of contents), tables
 * with repeating header rows, the title and page number in the footer. DOCX is built in memory:
 * it is meant for one record (an impact assessment), never for a whole register.
 */
export async function renderDocx(report: Report): Promise<Buffer> {
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(report.title) }),
  ];
  if (report.subtitle) children.push(para(report.subtitle, { color: "444444", size: 24 }));
  for (const [label, value] of [["Generated", isoMinute(report.generatedAt)], ...report.metadata] as const)
    children.push(new Paragraph({ children: [...runs(`${label}: `, { bold: true }), ...runs(value)] }));
  for await (const block of blocksOf(report)) children.push(...(await toChildren(block)));
  const doc = new Document({
    creator: "OpenAIMS",
    title: cleanText(report.title),
    styles: { default: { document: { run: { size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: report.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${cleanText(report.title)} — page `, size: 16, color: "666666" }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: "666666" }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
