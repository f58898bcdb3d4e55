/**
 * Two people doing the same thing at the same moment: one wins, the other gets a 4xx, nothing is
 * duplicated and nothing answers 500 (on PGlite the requests serialize; on PostgreSQL they race).
 */
import { describe, expect, it } from "vitest";
import type { DocumentView } from "@openaims/core";
import { multipart, PDF } from "../../test-support/evidence.js";
import { bearer } from "../../test-support/test-app.js";
import { url, useDocumentsApp } from "../../test-support/documents.js";

const { h, call, create, submit, approved, publish, person } = useDocumentsApp({ withCatalogs: true });

const codes = (results: { statusCode: number }[]) => results.map((r) => r.statusCode).sort();
const count = async (sql: string, params: unknown[] = []) =>
  Number((await h.t.database.query(sql, params))[0]!.n);

describe("concurrent writes", () => {
  it("acknowledges a publication once when the same person sends it twice", async () => {
    const doc = await approved({ title: "Race policy" });
    const ana = await person("race-ana@example.org", "viewer");
    const p = await publish(doc, { userIds: [ana.id] });
    const results = await Promise.all([
      call("POST", `/api/v1/acknowledgements/${p.id}`, ana.headers),
      call("POST", `/api/v1/acknowledgements/${p.id}`, ana.headers),
    ]);
    expect(codes(results)).toEqual([200, 409]);
    expect(await count("SELECT count(*) AS n FROM audit_events WHERE action = 'document.acknowledged'")).toBe(
      1,
    );
  });

  it("adopts a starter document once when two people adopt it together", async () => {
    const adopt = "/api/v1/document-templates/supplier-procedure/adopt";
    const results = await Promise.all([
      call("POST", adopt, "contributor", {}),
      call("POST", adopt, "manager", {}),
    ]);
    expect(codes(results)).toEqual([201, 409]);
    expect(
      await count("SELECT count(*) AS n FROM documents WHERE template_code = 'supplier-procedure'"),
    ).toBe(1);
  });

  it("opens one approval when the same version is submitted twice", async () => {
    const doc = await create({ title: "Twice submitted" });
    const body = { version: doc.version, changeNote: "" };
    const results = await Promise.all([
      call("POST", `${url}/${doc.id}/submit`, "contributor", body),
      call("POST", `${url}/${doc.id}/submit`, "contributor", body),
    ]);
    expect(codes(results)).toEqual([200, 409]);
    expect(await count("SELECT count(*) AS n FROM document_revisions WHERE document_id = $1", [doc.id])).toBe(
      1,
    );
  });

  it("records one decision when two managers decide the same revision together", async () => {
    const doc = await submit(await create({ title: "Twice decided" }));
    const second = await person("race-manager@example.org", "manager");
    const results = await Promise.all([
      call("POST", `${url}/${doc.id}/decision`, "manager", { decision: "approve", comment: "" }),
      call("POST", `${url}/${doc.id}/decision`, second.headers, { decision: "reject", comment: "no" }),
    ]);
    expect(results.map((r) => r.statusCode).sort()[0]).toBe(200);
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    for (const r of results) expect(r.statusCode).toBeLessThan(500);
    const final = results.find((r) => r.statusCode === 200)!.json() as DocumentView;
    expect(["approved", "draft"]).toContain(final.status);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action IN ('document.approved', 'document.rejected')",
        [doc.id],
      ),
    ).toBe(1);
  });

  it("gives two uploads at the same moment two different keys", async () => {
    const send = (title: string) => {
      const body = multipart({ title }, { name: `${title}.pdf`, bytes: PDF(title) });
      return h.t.app.inject({
        method: "POST",
        url: "/api/v1/evidence/files",
        headers: { ...bearer(h.t.tokens.contributor), "content-type": body.contentType },
        payload: body.payload,
      });
    };
    const results = await Promise.all([send("first"), send("second")]);
    expect(codes(results)).toEqual([201, 201]);
    const keys = results.map((r) => r.json().key as string);
    expect(new Set(keys).size).toBe(2);
  });
});
