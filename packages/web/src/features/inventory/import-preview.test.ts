import { INVENTORY_COLUMNS } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  bytesToBase64,
  formatOfInventoryFile,
  groupImportErrors,
  importChoices,
  importErrorsOfFailure,
  previewSummary,
} from "./import-preview";

const result = (rows: number, valid: number) => ({
  rows,
  valid,
  invalid: rows - valid,
  errors: [],
  created: [],
});

describe("groupImportErrors", () => {
  it("groups problems by row, rows ascending, columns in the file's column order", () => {
    const grouped = groupImportErrors(
      [
        { row: 5, column: "name", message: "must not be empty" },
        { row: 3, column: "performsProfiling", message: '"maybe" is not yes or no' },
        { row: 3, column: "name", message: "must not be empty" },
        { row: 3, column: "lifecycleStage", message: "invalid" },
      ],
      INVENTORY_COLUMNS,
    );
    expect(grouped.map((g) => g.row)).toEqual([3, 5]);
    expect(grouped[0]!.problems.map((p) => p.column)).toEqual([
      "name",
      "lifecycleStage",
      "performsProfiling",
    ]);
  });

  it("is empty for a clean file", () => {
    expect(groupImportErrors([])).toEqual([]);
  });
});

describe("importErrorsOfFailure", () => {
  it("reads the rows and columns of a refused import", () => {
    expect(
      importErrorsOfFailure({
        issues: [
          { path: "row 3 (name)", line: 3, message: "must not be empty" },
          { path: "row 4", line: 4, message: "bad row" },
          { path: "file", line: 1, message: "no header" },
        ],
      }),
    ).toEqual([
      { row: 3, column: "name", message: "must not be empty" },
      { row: 4, column: "", message: "bad row" },
      { row: 1, column: "", message: "no header" },
    ]);
    expect(importErrorsOfFailure(undefined)).toEqual([]);
  });
});

describe("importChoices and previewSummary", () => {
  it("offers Import all only when every row is valid, and valid rows only when some are", () => {
    expect(importChoices(result(3, 3))).toEqual({ all: true, validOnly: false });
    expect(importChoices(result(3, 2))).toEqual({ all: false, validOnly: true });
    expect(importChoices(result(2, 0))).toEqual({ all: false, validOnly: false });
    expect(importChoices(result(0, 0))).toEqual({ all: false, validOnly: false });
  });

  it("says how many rows are valid", () => {
    expect(previewSummary(result(3, 2))).toBe("3 rows: 2 valid, 1 with problems.");
    expect(previewSummary(result(1, 1))).toBe("1 row, all valid.");
    expect(previewSummary(result(0, 0))).toBe("The file has no rows to import.");
  });
});

describe("file helpers", () => {
  it("tells the format by the file name", () => {
    expect(formatOfInventoryFile("Systems.XLSX")).toBe("xlsx");
    expect(formatOfInventoryFile("systems.csv")).toBe("csv");
    expect(formatOfInventoryFile("systems.xls")).toBeNull();
  });

  it("encodes bytes as base64, also beyond one chunk", () => {
    expect(bytesToBase64(new TextEncoder().encode("PK\u0003\u0004"))).toBe("UEsDBA==");
    const big = new Uint8Array(100_000).fill(65);
    expect(atob(bytesToBase64(big))).toHaveLength(100_000);
  });
});
