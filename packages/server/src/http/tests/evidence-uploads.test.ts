import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import { evidenceRowCounts, multipart, PDF, PNG, type FilePart } from "../../test-support/evidence.js";

/** A small limit keeps the over-the-limit case quick; the message must name it. */
const LIMIT = 4096;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ AIMS_EVIDENCE_MAX_BYTES: LIMIT });
});
afterAll(async () => t?.close());

const upload = (fields: Record<string, string>, ...files: FilePart[]) => {
  const body = multipart(fields, ...files);
  return t.app.inject({
    method: "POST",
    url: "/api/v1/evidence/files",
    headers: { ...bearer(t.tokens.contributor), "content-type": body.contentType },
    payload: body.payload,
  });
};

/** Sends a refused upload and checks that not one row was written anywhere. */
async function refused(status: number, code: string, message: RegExp, ...files: FilePart[]) {
  const before = await evidenceRowCounts(t.database);
  const res = await upload({ title: "Refused upload", validUntil: "2030-01-01" }, ...files);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.code).toBe(code);
  expect(res.json().error.message).toMatch(message);
  expect(await evidenceRowCounts(t.database)).toEqual(before);
  return res;
}

describe("evidence uploads", () => {
  it("stores an allowed file with its SHA-256 and reports a second copy as a duplicate", async () => {
    const bytes = PDF("bias test");
    const first = await upload(
      { title: "Bias test report", validUntil: "2030-06-30", source: "ci" },
      {
        name: "bias-test.pdf",
        bytes,
        type: "text/html", // the client's type is ignored: ours comes from the allowlist
      },
    );
    expect(first.statusCode, first.body).toBe(201);
    const created = first.json();
    expect(created).toMatchObject({
      key: expect.stringMatching(/^EV-\d+$/),
      kind: "file",
      fileName: "bias-test.pdf",
      contentType: "application/pdf",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      collectedOn: new Date().toISOString().slice(0, 10),
      validUntil: "2030-06-30",
      source: "ci",
      state: "current",
      duplicateOf: null,
    });
    const again = await upload({ title: "Same report again" }, { name: "copy.pdf", bytes });
    expect(again.statusCode).toBe(201);
    expect(again.json().duplicateOf).toEqual({ id: created.id, key: created.key, title: "Bias test report" });
  });

  it("refuses a file over the limit with 413 naming the limit, writing nothing", async () => {
    const big = Buffer.concat([PDF(), Buffer.alloc(LIMIT)]);
    await refused(413, "PAYLOAD_TOO_LARGE", /limit of 4 KiB \(4096 bytes\)/, { name: "big.pdf", bytes: big });
    // A declared length far over the limit is refused before the body is read.
    const huge = Buffer.concat([PDF(), Buffer.alloc(LIMIT + 1024 * 1024 + 10)]);
    await refused(413, "PAYLOAD_TOO_LARGE", /4096 bytes/, { name: "huge.pdf", bytes: huge });
  });

  it("accepts a file of exactly the limit", async () => {
    const exact = Buffer.concat([PDF(), Buffer.alloc(LIMIT - PDF().length, 0x20)]);
    const res = await upload({ title: "Exactly at the limit" }, { name: "exact.pdf", bytes: exact });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().sizeBytes).toBe(LIMIT);
  });

  it("refuses HTML by name and by content with 415, writing nothing", async () => {
    const html = /HTML, SVG, XML and script files are not accepted/;
    await refused(415, "UNSUPPORTED_MEDIA_TYPE", html, { name: "report.html", bytes: "<p>hi</p>" });
    await refused(415, "UNSUPPORTED_MEDIA_TYPE", html, { name: "logo.svg", bytes: "<svg></svg>" });
    await refused(415, "UNSUPPORTED_MEDIA_TYPE", html, { name: "app.js", bytes: "alert(1)" });
    await refused(415, "UNSUPPORTED_MEDIA_TYPE", html, {
      name: "notes.txt",
      bytes: "\uFEFF  \n\t<!DocType HTML><script>alert(1)</script>",
    });
    await refused(415, "UNSUPPORTED_MEDIA_TYPE", html, { name: "data.csv", bytes: "<SCRIPT>x</SCRIPT>" });
    await refused(415, "UNSUPPORTED_MEDIA_TYPE", html, { name: "image.md", bytes: "  <svg onload=x>" });
  });

  it("refuses an empty file with 400, writing nothing", async () => {
    await refused(400, "VALIDATION_FAILED", /the file is empty/, { name: "empty.pdf", bytes: "" });
  });

  it("refuses a file name with a path-traversal sequence, an absolute path or control characters", async () => {
    const traversal = /path-traversal sequence/;
    await refused(400, "VALIDATION_FAILED", traversal, { name: "../../etc/passwd.pdf", bytes: PDF() });
    await refused(400, "VALIDATION_FAILED", traversal, { name: "..\\..\\boot.pdf", bytes: PDF() });
    await refused(400, "VALIDATION_FAILED", /absolute path/, { name: "/etc/report.pdf", bytes: PDF() });
    await refused(400, "VALIDATION_FAILED", /absolute path/, { name: "C:\\report.pdf", bytes: PDF() });
    await refused(400, "VALIDATION_FAILED", /folder/, { name: "reports/q1.pdf", bytes: PDF() });
    await refused(400, "VALIDATION_FAILED", /control characters/, { name: "a\u0001b.pdf", bytes: PDF() });
    await refused(400, "VALIDATION_FAILED", /control characters \(such as NUL\)/, {
      name: "a.pdf\u0000.html",
      bytes: PDF(),
    });
  });

  it("refuses types outside the allowlist and content that does not match the name", async () => {
    await refused(415, "UNSUPPORTED_MEDIA_TYPE", /\.exe files are not accepted as evidence; allowed: \.pdf/, {
      name: "tool.exe",
      bytes: "MZ",
    });
    await refused(415, "UNSUPPORTED_MEDIA_TYPE", /not a PDF file/, { name: "fake.pdf", bytes: "plain text" });
    await refused(415, "UNSUPPORTED_MEDIA_TYPE", /not a Word file/, { name: "fake.docx", bytes: PDF() });
    const png = await upload({ title: "Screenshot" }, { name: "screen.PNG", bytes: PNG });
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json().contentType).toBe("image/png");
  });

  it("refuses bad metadata, a missing file and a body that is not multipart, writing nothing", async () => {
    const before = await evidenceRowCounts(t.database);
    const dates = await upload(
      { title: "Dates reversed", effectiveOn: "2030-01-02", validUntil: "2030-01-01" },
      { name: "a.pdf", bytes: PDF() },
    );
    expect(dates.statusCode).toBe(400);
    expect(dates.json().error.message).toMatch(/validUntil: must be on or after the effective date/);
    const badLinks = await upload({ title: "Bad links", links: "not json" }, { name: "a.pdf", bytes: PDF() });
    expect(badLinks.statusCode).toBe(400);
    const unknown = await upload(
      {
        title: "Unknown control",
        links: JSON.stringify([{ targetType: "control", targetId: crypto.randomUUID() }]),
      },
      { name: "a.pdf", bytes: PDF() },
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/unknown control/);
    const noFile = await upload({ title: "No file" });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.message).toMatch(/attach the file/);
    const two = await upload(
      { title: "Two" },
      { name: "a.pdf", bytes: PDF() },
      { name: "b.pdf", bytes: PDF() },
    );
    expect(two.statusCode).toBe(400);
    const json = await t.app.inject({
      method: "POST",
      url: "/api/v1/evidence/files",
      headers: bearer(t.tokens.contributor),
      payload: { title: "JSON" },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toMatch(/multipart\/form-data/);
    expect(await evidenceRowCounts(t.database)).toEqual(before);
  });

  it("lets no viewer or auditor upload", async () => {
    const body = multipart({ title: "Viewer upload" }, { name: "a.pdf", bytes: PDF() });
    for (const role of ["viewer", "auditor"] as const) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/evidence/files",
        headers: { ...bearer(t.tokens[role]), "content-type": body.contentType },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe("evidence downloads", () => {
  it("always downloads as an attachment with a safe name, the stored type, nosniff and a sandbox", async () => {
    const name = "Prüfbericht 'final'; Q1 – v2.pdf";
    const bytes = PDF("download");
    const created = (await upload({ title: "Download me" }, { name, bytes })).json();
    expect(created.fileName).toBe(name);
    const res = await t.app.inject({
      url: `/api/v1/evidence/${created.id}/file`,
      headers: bearer(t.tokens.viewer),
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toBe("sandbox; default-src 'none'");
    const disposition = String(res.headers["content-disposition"]);
    expect(disposition).toBe(
      `attachment; filename="Pr_fbericht 'final'; Q1 _ v2.pdf"; filename*=UTF-8''Pr%C3%BCfbericht%20%27final%27%3B%20Q1%20%E2%80%93%20v2.pdf`,
    );
    expect(disposition).not.toMatch(/inline/);
  });

  it("serves text as plain text, never as HTML", async () => {
    const created = (
      await upload({ title: "Log" }, { name: "run.log", bytes: "all checks passed\n" })
    ).json();
    const res = await t.app.inject({
      url: `/api/v1/evidence/${created.id}/file`,
      headers: bearer(t.tokens.viewer),
    });
    expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="run.log"/);
  });

  it("answers 404 for a link item's file and for an unknown id", async () => {
    const link = await t.app.inject({
      method: "POST",
      url: "/api/v1/evidence",
      headers: bearer(t.tokens.contributor),
      payload: { title: "Policy page", url: "https://example.org/policy" },
    });
    expect(link.statusCode, link.body).toBe(201);
    const res = await t.app.inject({
      url: `/api/v1/evidence/${link.json().id}/file`,
      headers: bearer(t.tokens.viewer),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/is a link, not a file/);
    const unknown = await t.app.inject({
      url: `/api/v1/evidence/${crypto.randomUUID()}/file`,
      headers: bearer(t.tokens.viewer),
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("documents the upload as multipart/form-data in the OpenAPI document", async () => {
    const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
    const op = doc.paths["/api/v1/evidence/files"].post;
    expect(Object.keys(op.requestBody.content)).toEqual(["multipart/form-data"]);
    expect(op.requestBody.content["multipart/form-data"].schema.properties.file).toMatchObject({
      format: "binary",
    });
  });
});
