import { describe, expect, it } from "vitest";
import { fileNameOf } from "./download";

describe("fileNameOf", () => {
  it.each([
    [null, null],
    ["attachment", null],
    ['attachment; filename="iso-iec-42001-2023.csv"', "iso-iec-42001-2023.csv"],
    ["attachment; filename=plain.yaml", "plain.yaml"],
    ["attachment; filename=\"x.json\"; filename*=UTF-8''caf%C3%A9.json", "café.json"],
  ])("%j names the file %j", (header, name) => {
    expect(fileNameOf(header)).toBe(name);
  });
});
