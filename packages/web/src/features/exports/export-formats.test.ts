import { describe, expect, it } from "vitest";
import { exportQuery, fallbackFileName } from "./export-formats";

describe("export query", () => {
  it("keeps the filters, drops paging and adds the format", () => {
    expect(exportQuery({ limit: 50, offset: 100, status: "open", q: "bias", sort: "key" }, "pdf")).toEqual({
      status: "open",
      q: "bias",
      sort: "key",
      format: "pdf",
    });
  });

  it("names a file after the resource when the server gives no name", () => {
    expect(fallbackFileName("/api/v1/risks/export", "xlsx")).toBe("risks.xlsx");
    expect(fallbackFileName("/api/v1/impact-assessments/abc/export", "docx")).toBe("abc.docx");
  });
});
