import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { and, asc } from "drizzle-orm";
import {
  aiSystemToInventoryRow,
  DomainError,
  INVENTORY_COLUMNS,
  inventoryRowToAiSystem,
  type InventoryRow,
  type RowError,
} from "@openaims/core";
import { aiSystems, businessUnits, users } from "../../db/schema/index.js";
import type { ServiceContext } from "../context.js";
import { aiSystemVisibility, insertAiSystem } from "./ai-systems-service.js";
import { toAiSystemView, type AiSystemFieldsParsed } from "./ai-system-record.js";

export type InventoryFormat = "csv" | "xlsx";
export type ImportMode = "preview" | "all" | "valid-only";
const MAX_ROWS = 5000;
const known = new Set<string>(INVENTORY_COLUMNS);

/** Rows of the first sheet (XLSX, base64) or of a CSV, with the line each came from. */
async function readRows(
  format: InventoryFormat,
  content: string,
): Promise<{ line: number; row: InventoryRow }[]> {
  let table: string[][];
  if (format === "csv") {
    try {
      table = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch (e) {
      throw new DomainError(
        "VALIDATION_FAILED",
        `the CSV cannot be read: ${(e as Error).message.split("\n")[0]}`,
      );
    }
  } else {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(content, "base64") as unknown as ArrayBuffer);
    } catch {
      throw new DomainError(
        "VALIDATION_FAILED",
        "the spreadsheet cannot be read; send an .xlsx file, base64-encoded",
      );
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new DomainError("VALIDATION_FAILED", "the spreadsheet has no sheet");
    table = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const values = (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v === null || v === undefined
            ? ""
            : typeof v === "object" && "text" in (v as object)
              ? String((v as { text: unknown }).text)
              : String(v),
        );
      table[n - 1] = values;
    });
  }
  const header = (table[0] ?? []).map((h) => String(h ?? "").trim());
  if (!header.includes("name"))
    throw new DomainError("VALIDATION_FAILED", "the first row must name the columns, including `name`", {
      issues: [{ path: "line 1", message: "no name column" }],
    });
  const unknownColumns = header.filter((h) => h && !known.has(h));
  if (unknownColumns.length) {
    throw new DomainError("VALIDATION_FAILED", `unknown columns: ${unknownColumns.join(", ")}`, {
      issues: unknownColumns.map((c) => ({ path: "line 1", message: `unknown column ${c}` })),
    });
  }
  const rows: { line: number; row: InventoryRow }[] = [];
  for (let i = 1; i < table.length; i++) {
    const cells = table[i] ?? [];
    if (cells.every((c) => String(c ?? "").trim() === "")) continue;
    rows.push({
      line: i + 1,
      row: Object.fromEntries(header.map((h, j) => [h, String(cells[j] ?? "")])) as InventoryRow,
    });
  }
  if (rows.length > MAX_ROWS)
    throw new DomainError("VALIDATION_FAILED", `at most ${MAX_ROWS} rows per import; split the file`);
  return rows;
}

/**
 * Imports systems from CSV or XLSX. `preview` writes nothing and reports every row; `all` writes only
 * when every row is valid; `valid-only` writes the valid rows. Writes happen in one transaction.
 */
export async function importInventory(
  ctx: ServiceContext,
  input: { format: InventoryFormat; content: string; mode: ImportMode },
) {
  const rows = await readRows(input.format, input.content);
  const units = await ctx.db
    .select({ id: businessUnits.id, key: businessUnits.key, name: businessUnits.name })
    .from(businessUnits);
  const people = await ctx.db.select({ id: users.id, email: users.email }).from(users);
  const unitByRef = new Map(
    units.flatMap((u) => [[u.key.toLowerCase(), u.id] as const, [u.name.toLowerCase(), u.id] as const]),
  );
  const userByEmail = new Map(people.map((p) => [p.email, p.id]));
  const lookups = {
    businessUnitId: (r: string) => unitByRef.get(r.toLowerCase()) ?? null,
    userId: (e: string) => userByEmail.get(e) ?? null,
  };
  const errors: RowError[] = [];
  const valid: AiSystemFieldsParsed[] = [];
  for (const { line, row } of rows) {
    const result = inventoryRowToAiSystem(row, line, lookups);
    if ("errors" in result) errors.push(...result.errors);
    else valid.push(result.value);
  }
  const summary = {
    rows: rows.length,
    valid: valid.length,
    invalid: rows.length - valid.length,
    errors: errors.slice(0, 500),
    created: [] as string[],
  };
  if (input.mode === "preview") return summary;
  if (input.mode === "all" && errors.length) {
    throw new DomainError(
      "VALIDATION_FAILED",
      `${summary.invalid} of ${rows.length} rows have problems; nothing was imported`,
      {
        issues: summary.errors.map((e) => ({
          path: `row ${e.row} (${e.column})`,
          line: e.row,
          message: e.message,
        })),
      },
    );
  }
  await ctx.db.transaction(async (tx) => {
    for (const fields of valid) summary.created.push((await insertAiSystem(tx, ctx, fields)).key);
  });
  return summary;
}

/** The visible inventory as CSV text or an XLSX workbook (base64 is left to the caller). */
export async function exportInventory(
  ctx: ServiceContext,
  format: InventoryFormat,
): Promise<{ body: Buffer | string; contentType: string; filename: string }> {
  const units = new Map(
    (await ctx.db.select({ id: businessUnits.id, key: businessUnits.key }).from(businessUnits)).map((u) => [
      u.id,
      u.key,
    ]),
  );
  const people = new Map(
    (await ctx.db.select({ id: users.id, email: users.email }).from(users)).map((p) => [p.id, p.email]),
  );
  const records: Record<string, string>[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await ctx.db
      .select()
      .from(aiSystems)
      .where(and(aiSystemVisibility(ctx.actor)))
      .orderBy(asc(aiSystems.createdAt), asc(aiSystems.id))
      .limit(500)
      .offset(offset);
    for (const r of page) {
      const view = toAiSystemView(r);
      records.push(
        aiSystemToInventoryRow(view, {
          businessUnit: view.businessUnitId ? (units.get(view.businessUnitId) ?? "") : "",
          owner: view.ownerId ? (people.get(view.ownerId) ?? "") : "",
        }),
      );
    }
    if (page.length < 500) break;
  }
  const date = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    return {
      body: stringify(records, { header: true, columns: [...INVENTORY_COLUMNS] }),
      contentType: "text/csv; charset=utf-8",
      filename: `ai-inventory-${date}.csv`,
    };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AI systems");
  sheet.columns = INVENTORY_COLUMNS.map((c) => ({
    header: c,
    key: c,
    width: c === "name" || c === "purpose" ? 40 : 18,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const r of records) sheet.addRow(r);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    body: buffer,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `ai-inventory-${date}.xlsx`,
  };
}
