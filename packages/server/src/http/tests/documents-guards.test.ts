/** Documents under hostile input: unknown fields, odd ids and writers limited to one business unit. */
import { describe, expect, it } from "vitest";
import type { DocumentView } from "@openaims/core";
import { POLICY, url, useDocumentsApp } from "../../test-support/documents.js";

const { h, call, get, create, approved, publish, unit, person } = useDocumentsApp({ withCatalogs: true });

const documentCount = async () =>
  Number((await h.t.database.query("SELECT count(*)::int AS n FROM documents"))[0]!.n);
async function control(code: string, businessUnitId: string | null = null) {
  const res = await call("POST", "/api/v1/controls", "admin", {
    code,
    title: `Control ${code}`,
    businessUnitId,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string };
}

describe("bodies with fields the API does not know", () => {
  it("refuses them with 400 on every document write, changing nothing", async () => {
    const before = await documentCount();
    const createRes = await call("POST", url, "contributor", { ...POLICY, status: "approved" });
    expect(createRes.statusCode, createRes.body).toBe(400);
    expect(createRes.json().error.message).toMatch(/status/);
    expect(await documentCount()).toBe(before);

    const doc = await approved({ title: "Strict bodies" });
    const attempts: [string, object][] = [
      [`${url}/${doc.id}/submit`, { version: doc.version, effectiveRevision: 9 }],
      [`${url}/${doc.id}/reviewed`, { version: doc.version, nextReviewOn: "2030-01-01" }],
      [`${url}/${doc.id}/publications`, { userIds: [h.t.users.viewer.id], revisionNumber: 7 }],
      ["/api/v1/document-templates/ai-policy/adopt", { templateCode: "x" }],
    ];
    for (const [path, body] of attempts) {
      const res = await call("POST", path, "contributor", body);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(400);
    }
    const retire = await call("POST", `${url}/${doc.id}/retire`, "manager", { version: doc.version, x: 1 });
    expect(retire.statusCode).toBe(400);
    const after = (await get(`${url}/${doc.id}`, "viewer")).json() as DocumentView;
    expect(after).toMatchObject({ version: doc.version, status: "approved", templateCode: null });
    expect((await get(`${url}/${doc.id}/publications`, "viewer")).json().total).toBe(0);
    expect(await documentCount()).toBe(before + 1);
  });
});

describe("links to controls", () => {
  it("stores a control id written in capitals once, as the control's id", async () => {
    const c = await control("DOCG-1");
    const twice = await call("POST", url, "contributor", {
      ...POLICY,
      controlIds: [c.id.toUpperCase(), c.id],
    });
    expect(twice.statusCode, twice.body).toBe(400);
    expect(twice.json().error.message).toMatch(/listed twice/);
    const doc = await create({ title: "Capitals", controlIds: [c.id.toUpperCase()] });
    expect(doc.controls.map((x) => x.id)).toEqual([c.id]);
    const rows = await h.t.database.query(
      "SELECT target_id FROM document_links WHERE document_id = $1 AND target_type = 'control'",
      [doc.id],
    );
    expect(rows).toEqual([{ target_id: c.id }]);
  });

  it("keeps another unit's controls out of reach of a writer limited to one unit", async () => {
    const [sales, hr] = [await unit("Docs Sales"), await unit("Docs HR")];
    const ana = await person("docs-guard-ana@example.org", "contributor", [sales.id]);
    const hrControl = await control("DOCG-HR", hr.id);
    const salesControl = await control("DOCG-SALES", sales.id);

    // Linking the other unit's control is refused as if it did not exist.
    const before = await documentCount();
    const refused = await call("POST", url, ana.headers, {
      ...POLICY,
      businessUnitId: sales.id,
      controlIds: [hrControl.id],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain(`unknown control ${hrControl.id}`);
    expect(await documentCount()).toBe(before);

    // A Sales document an administrator linked to the HR control: Ana does not see that control,
    // and replacing the links she can see keeps the one she cannot.
    const doc = await create(
      { title: "Sales policy", businessUnitId: sales.id, controlIds: [hrControl.id] },
      "admin",
    );
    const read = await get(`${url}/${doc.id}`, ana.headers);
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(hrControl.id);
    expect((read.json() as DocumentView).controls).toEqual([]);
    const patched = await call("PATCH", `${url}/${doc.id}`, ana.headers, {
      version: doc.version,
      controlIds: [salesControl.id],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((patched.json() as DocumentView).controls.map((c) => c.code)).toEqual(["DOCG-SALES"]);
    const full = (await get(`${url}/${doc.id}`, "admin")).json() as DocumentView;
    expect(full.controls.map((c) => c.code).sort()).toEqual(["DOCG-HR", "DOCG-SALES"]);
  });
});

describe("who reads the audience's e-mail addresses", () => {
  it("shows them to those who may read user accounts, and names only to viewers", async () => {
    const doc = await approved({ title: "Audience policy" });
    const bea = await person("docs-guard-bea@example.org", "viewer");
    const p = await publish(doc, { userIds: [bea.id], dueOn: new Date().toISOString().slice(0, 10) });
    await h.t.database.query("UPDATE document_publications SET due_on = '2001-01-01' WHERE id = $1", [p.id]);
    const detail = `/api/v1/document-publications/${p.id}`;
    const overdue = "/api/v1/acknowledgements/overdue";
    for (const role of ["auditor", "contributor", "manager"] as const) {
      expect((await get(detail, role)).json().people.items[0].email, role).toBe(bea.email);
      expect((await get(overdue, role)).body, role).toContain(bea.email);
    }
    const asViewer = await get(detail, "viewer");
    expect(asViewer.statusCode).toBe(200);
    expect(asViewer.json().people.items[0]).toMatchObject({ name: "docs-guard-bea", email: "" });
    const overdueAsViewer = await get(overdue, "viewer");
    expect(overdueAsViewer.statusCode).toBe(200);
    expect(overdueAsViewer.json().items.map((i: { name: string }) => i.name)).toContain("docs-guard-bea");
    expect(overdueAsViewer.body).not.toContain(bea.email);
  });
});

describe("whom a writer limited to one unit publishes to", () => {
  it("names only people of that unit, changing nothing otherwise", async () => {
    const [sales, hr] = [await unit("Pub Sales"), await unit("Pub HR")];
    const cleo = await person("docs-guard-cleo@example.org", "contributor", [sales.id]);
    const dan = await person("docs-guard-dan@example.org", "viewer", [sales.id]);
    const eve = await person("docs-guard-eve@example.org", "viewer", [hr.id]);
    const doc = await approved({ title: "Sales handbook", businessUnitId: sales.id });
    const countOf = async () =>
      Number(
        (
          await h.t.database.query(
            "SELECT count(*)::int AS n FROM document_publications WHERE document_id = $1",
            [doc.id],
          )
        )[0]!.n,
      );
    const refused = await call("POST", `${url}/${doc.id}/publications`, cleo.headers, {
      userIds: [dan.id, eve.id],
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.message).toMatch(/userIds\.1: not a member of your business units/);
    expect(await countOf()).toBe(0);
    const allowed = await call("POST", `${url}/${doc.id}/publications`, cleo.headers, { userIds: [dan.id] });
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(await countOf()).toBe(1);
    // A manager is not limited to units and may name anyone.
    const byManager = await call("POST", `${url}/${doc.id}/publications`, "manager", { userIds: [eve.id] });
    expect(byManager.statusCode, byManager.body).toBe(201);
  });
});
