import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.js";
import {
  checkEvidenceFile,
  checkEvidenceFileName,
  EVIDENCE_FILE_EXTENSIONS,
  extensionOf,
  formatBytes,
  looksLikeMarkup,
} from "./evidence-files.js";
import { evidenceDateIssues } from "./evidence-dates.js";

const bytes = (s: string | number[]) =>
  typeof s === "string" ? new TextEncoder().encode(s) : Uint8Array.from(s);
const pdf = bytes("%PDF-1.7\n%%EOF");
const MAX = 1024;

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("checkEvidenceFileName", () => {
  it.each([
    ["../secret.pdf", /path-traversal/],
    ["a/../../b.pdf", /path-traversal/],
    ["..\\windows.pdf", /path-traversal/],
    ["..", /path-traversal/],
    ["/etc/passwd", /absolute path/],
    ["\\\\server\\share.pdf", /absolute path/],
    ["C:\\report.pdf", /absolute path/],
    ["c:report.pdf", /absolute path/],
    ["docs/report.pdf", /folder/],
    ["report\u0000.pdf", /control characters/],
    ["line\nbreak.pdf", /control characters/],
    ["   ", /no name/],
    [`${"a".repeat(252)}.pdf`, /at most 255/],
  ])("refuses %j", (name, message) => {
    const e = refusal(() => checkEvidenceFileName(name));
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.message).toMatch(message);
  });

  it("keeps ordinary names, dots and non-ASCII letters", () => {
    for (const name of ["report.pdf", "..hidden.pdf", "v1..2.pdf", "Prüfbericht – Q1.pdf", "名.pdf"])
      expect(checkEvidenceFileName(name)).toBe(name);
  });
});

describe("looksLikeMarkup", () => {
  it("sees HTML, SVG and XML after a byte-order mark, white space and in any case", () => {
    for (const text of [
      "<!DOCTYPE html><p>",
      "\uFEFF\n  <HtMl>",
      "<script>alert(1)</script>",
      "\t<svg xmlns='x'>",
      "<?xml version='1.0'?>",
      "<!-- a comment -->",
      "<a href=x>",
      "<p>",
    ])
      expect(looksLikeMarkup(bytes(text)), text).toBe(true);
  });

  it("sees HTML in UTF-16 text", () => {
    const utf16 = [0xff, 0xfe, ...[..."<html>"].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(looksLikeMarkup(Uint8Array.from(utf16))).toBe(true);
  });

  it("leaves ordinary text, a tag-like word and binary formats alone", () => {
    for (const text of ["hello", "a < b", "<abc>", "<bold> is not a tag", "%PDF-1.7", "name,score\n"])
      expect(looksLikeMarkup(bytes(text)), text).toBe(false);
  });
});

describe("checkEvidenceFile", () => {
  it("stores our content type for allowed files whose bytes match", () => {
    expect(checkEvidenceFile({ name: "r.PDF", bytes: pdf }, MAX)).toEqual({
      fileName: "r.PDF",
      contentType: "application/pdf",
      sizeBytes: pdf.length,
    });
    expect(
      checkEvidenceFile(
        { name: "s.png", bytes: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
        MAX,
      ).contentType,
    ).toBe("image/png");
    expect(
      checkEvidenceFile({ name: "w.docx", bytes: bytes([0x50, 0x4b, 0x03, 0x04, 1]) }, MAX).contentType,
    ).toMatch(/wordprocessingml/);
    expect(checkEvidenceFile({ name: "n.csv", bytes: bytes("a,b\n1,2\n") }, MAX).contentType).toBe(
      "text/csv; charset=utf-8",
    );
    expect(
      checkEvidenceFile({ name: "e.zip", bytes: bytes([0x50, 0x4b, 0x05, 0x06]) }, MAX).contentType,
    ).toBe("application/zip");
  });

  it("refuses in order: name, empty, too large, active content, not allowed, mismatched bytes", () => {
    expect(
      refusal(() => checkEvidenceFile({ name: "../x.pdf", bytes: new Uint8Array() }, MAX)).message,
    ).toMatch(/path-traversal/);
    const empty = refusal(() => checkEvidenceFile({ name: "x.pdf", bytes: new Uint8Array() }, MAX));
    expect([empty.code, empty.message]).toEqual(["VALIDATION_FAILED", "the file is empty"]);
    const big = refusal(() => checkEvidenceFile({ name: "x.pdf", bytes: new Uint8Array(MAX + 1) }, MAX));
    expect(big.code).toBe("PAYLOAD_TOO_LARGE");
    expect(big.message).toMatch(/limit of 1 KiB \(1024 bytes\)/);
    for (const [name, content] of [
      ["page.htm", "hello"],
      ["page.XHTML", "hello"],
      ["x.svg", "hello"],
      ["x.mjs", "export {}"],
      ["notes.txt", "<html><body>"],
      ["fake.png", "<svg onload=alert(1)>"],
    ] as const) {
      const e = refusal(() => checkEvidenceFile({ name, bytes: bytes(content) }, MAX));
      expect(e.code, name).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(e.message, name).toMatch(/browser could run them/);
    }
    const exe = refusal(() => checkEvidenceFile({ name: "x.exe", bytes: bytes("MZ") }, MAX));
    expect(exe.message).toMatch(/^\.exe files are not accepted/);
    expect(refusal(() => checkEvidenceFile({ name: "README", bytes: bytes("hi") }, MAX)).message).toMatch(
      /without an extension/,
    );
    expect(refusal(() => checkEvidenceFile({ name: "x.jpg", bytes: pdf }, MAX)).message).toMatch(
      /not a JPEG file/,
    );
    expect(
      refusal(() => checkEvidenceFile({ name: "x.docx", bytes: bytes([0x50, 0x4b, 0x05, 0x06]) }, MAX)).code,
    ).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("lists the allowed extensions and formats sizes", () => {
    expect(EVIDENCE_FILE_EXTENSIONS).toEqual(
      expect.arrayContaining(["pdf", "png", "docx", "xlsx", "csv", "zip"]),
    );
    expect(EVIDENCE_FILE_EXTENSIONS).not.toContain("html");
    expect(extensionOf("a.tar.GZ")).toBe("gz");
    expect(extensionOf(".env")).toBe("");
    expect([formatBytes(25 * 1024 * 1024), formatBytes(1536), formatBytes(300)]).toEqual([
      "25 MiB",
      "2 KiB",
      "300 bytes",
    ]);
  });
});

describe("evidenceDateIssues", () => {
  it("refuses a valid-until date before the effective date", () => {
    expect(evidenceDateIssues({ effectiveOn: "2030-01-02", validUntil: "2030-01-01" })).toEqual([
      { path: "validUntil", message: "must be on or after the effective date (2030-01-02)" },
    ]);
    expect(evidenceDateIssues({ effectiveOn: "2030-01-01", validUntil: "2030-01-01" })).toEqual([]);
    expect(evidenceDateIssues({ effectiveOn: null, validUntil: "2000-01-01" })).toEqual([]);
  });
});
