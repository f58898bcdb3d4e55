import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./evidence-download.js";

describe("attachmentDisposition", () => {
  it("is always an attachment with an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 5987)", () => {
    expect(attachmentDisposition("report.pdf")).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
    );
    expect(attachmentDisposition('say "hi"\\ 100%.txt')).toBe(
      `attachment; filename="say _hi__ 100_.txt"; filename*=UTF-8''say%20%22hi%22%5C%20100%25.txt`,
    );
    expect(attachmentDisposition("日本語.pdf")).toBe(
      `attachment; filename="___.pdf"; filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E.pdf`,
    );
  });

  it("never lets a name break out of the header", () => {
    const header = attachmentDisposition('x"; filename="evil.html\r\nSet-Cookie: a=b');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/filename="/g)).toHaveLength(1);
    expect(header.startsWith("attachment;")).toBe(true);
  });
});
