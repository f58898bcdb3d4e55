import { describe, expect, it } from "vitest";
import type { DocumentView, PublicationDetail } from "@openaims/core";
import { POLICY, url, useDocumentsApp } from "../../test-support/documents.js";

const { h, call, get, create, submit, decide, approved, publish, unit, person } = useDocumentsApp({
  withCatalogs: true,
});

describe("an approved policy published to a business unit (ISO/IEC 42001 5.2, 7.3, 7.5)", () => {
  it("shows each member pending until they acknowledge, and the audit trail has every step", async () => {
    const claims = await unit("Claims");
    const ana = await person("ana@example.org", "contributor", [claims.id]);
    const ben = await person("ben@example.org", "contributor", [claims.id]);

    const draft = await create({ requirementKeys: ["iso-iec-42001:2023/5.2"] });
    expect(draft).toMatchObject({
      key: expect.stringMatching(/^DOC-\d+$/),
      status: "draft",
      ownerId: h.t.users.contributor.id,
      effectiveRevision: null,
      requirements: [{ key: "iso-iec-42001:2023/5.2", title: expect.any(String) }],
    });
    const edited = await call("PATCH", `${url}/${draft.id}`, "contributor", {
      version: draft.version,
      content: `${POLICY.content}\nWe assess the impact of every AI system.\n`,
    });
    expect(edited.statusCode, edited.body).toBe(200);

    const inReview = await submit(edited.json(), "contributor", "First issue");
    expect(inReview).toMatchObject({
      status: "in_review",
      pendingRevision: 1,
      approval: {
        status: "pending",
        steps: [{ approverRole: "manager", name: expect.stringMatching(/Top management/) }],
      },
    });
    // Nobody approves their own submission; the inbox of a manager links to the document.
    const own = await call("POST", `${url}/${draft.id}/decision`, "contributor", { decision: "approve" });
    expect(own.statusCode).toBe(403);
    const inbox = (await get("/api/v1/inbox", "manager")).json() as { items: { link: string }[] };
    expect(inbox.items.map((i) => i.link)).toContain(`/governance/documents/${draft.id}`);

    const policy = await decide(inReview, "manager", "approve", "Approved by the management board");
    expect(policy).toMatchObject({ status: "approved", effectiveRevision: 1, pendingRevision: null });

    const publication = await publish(policy, { businessUnitIds: [claims.id], dueOn: "2099-01-31" });
    expect(publication).toMatchObject({ total: 2, acknowledged: 0, pending: 2, revisionNumber: 1 });
    const progress = async () =>
      (await get(`/api/v1/document-publications/${publication.id}`, "auditor")).json() as PublicationDetail;
    const statusOf = (p: PublicationDetail) =>
      Object.fromEntries(p.people.items.map((x) => [x.email, x.status]));
    expect(statusOf(await progress())).toEqual({
      "ana@example.org": "pending",
      "ben@example.org": "pending",
    });

    // Each member sees what to read, with the text of the approved revision.
    const mine = (await get("/api/v1/acknowledgements/mine", ana.headers)).json();
    expect(mine.items).toMatchObject([
      { publicationId: publication.id, status: "pending", revisionNumber: 1 },
    ]);
    const toRead = (await get(`/api/v1/acknowledgements/${publication.id}`, ana.headers)).json();
    expect(toRead.content).toContain("We assess the impact of every AI system.");

    const acked = await call("POST", `/api/v1/acknowledgements/${publication.id}`, ana.headers);
    expect(acked.statusCode, acked.body).toBe(200);
    expect(acked.json()).toMatchObject({ status: "acknowledged", acknowledgedAt: expect.any(String) });
    expect(statusOf(await progress())).toEqual({
      "ana@example.org": "acknowledged",
      "ben@example.org": "pending",
    });
    expect(await progress()).toMatchObject({ acknowledged: 1, pending: 1, percent: 50 });

    // Twice is refused; someone outside the audience cannot acknowledge for a member.
    const again = await call("POST", `/api/v1/acknowledgements/${publication.id}`, ana.headers);
    expect(again.statusCode).toBe(409);
    const outsider = await call("POST", `/api/v1/acknowledgements/${publication.id}`, "manager");
    expect(outsider.statusCode).toBe(404);
    expect((await get(`/api/v1/acknowledgements/${publication.id}`, "manager")).statusCode).toBe(404);
    expect(statusOf(await progress())["ben@example.org"]).toBe("pending");

    const trail = (
      await get(`/api/v1/audit-events?entityType=document&entityId=${draft.id}&order=asc&limit=50`, "auditor")
    ).json() as { items: { action: string; actorLabel: string; after: Record<string, unknown> }[] };
    expect(trail.items.map((e) => e.action)).toEqual([
      "document.created",
      "document.updated",
      "approval.opened",
      "document.submitted",
      "approval.approved_step",
      "document.approved",
      "document.published",
      "document.acknowledged",
    ]);
    const published = trail.items.find((e) => e.action === "document.published")!;
    expect(published.after.audience).toEqual([
      { userId: ana.id, email: "ana@example.org" },
      { userId: ben.id, email: "ben@example.org" },
    ]);
    expect(trail.items.at(-1)!.actorLabel).toBe("ana@example.org");
  });
});

describe("document life cycle", () => {
  it("refuses edits in review and keeps the approved revision in force while a new draft is written", async () => {
    const doc = await submit(await create({ title: "Supplier procedure", kind: "procedure" }));
    const refused = await call("PATCH", `${url}/${doc.id}`, "contributor", {
      version: doc.version,
      content: "x",
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/waits for approval/);

    const rejected = await decide(doc, "manager", "reject", "Name the supplier owner");
    expect(rejected).toMatchObject({ status: "draft", pendingRevision: null, effectiveRevision: null });
    expect(rejected.approval!.steps[0]!.comment).toBe("Name the supplier owner");
    const revisions = (await get(`${url}/${doc.id}/revisions`, "viewer")).json();
    expect(revisions.items).toMatchObject([{ number: 1, status: "rejected" }]);

    const fixed = await call("PATCH", `${url}/${doc.id}`, "contributor", {
      version: rejected.version,
      content: "# Supplier procedure\n\nThe supplier owner is named in the contract.\n",
    });
    const approvedDoc = await decide(await submit(fixed.json()), "manager");
    expect(approvedDoc).toMatchObject({ status: "approved", effectiveRevision: 2 });

    const edit = await call("PATCH", `${url}/${doc.id}`, "contributor", {
      version: approvedDoc.version,
      content: "# Supplier procedure\n\nThe supplier owner is named in the contract.\nReviewed yearly.\n",
    });
    expect(edit.json()).toMatchObject({
      status: "draft",
      effectiveRevision: 2,
      hasChangesSinceEffective: true,
    });
    // The revision in force can still be published while the new draft is under way.
    const viewer = h.t.users.viewer.id;
    await publish(edit.json(), { userIds: [viewer] });

    const diff = (await get(`${url}/${doc.id}/diff?from=2&to=working`, "viewer")).json();
    expect(diff).toMatchObject({ added: 1, removed: 0, from: { ref: "2" }, to: { ref: "working" } });
    expect(diff.hunks.find((x: { kind: string }) => x.kind === "added").lines).toEqual(["Reviewed yearly."]);
    const between = (await get(`${url}/${doc.id}/diff?from=1&to=2`, "viewer")).json();
    expect(between.hunks).toContainEqual({
      kind: "added",
      lines: ["The supplier owner is named in the contract."],
    });
    expect(between.hunks).toContainEqual({
      kind: "removed",
      lines: ["We use AI responsibly.", "", "Owner: the CTO."],
    });
    expect((await get(`${url}/${doc.id}/diff?from=9&to=2`, "viewer")).statusCode).toBe(404);
    expect((await get(`${url}/${doc.id}/diff?from=abc`, "viewer")).statusCode).toBe(400);

    // A stale version is refused.
    const stale = await call("PATCH", `${url}/${doc.id}`, "contributor", {
      version: approvedDoc.version,
      title: "x",
    });
    expect(stale.statusCode).toBe(409);
  });

  it("asks the owner first when someone else submits, then a manager", async () => {
    const doc = await create({
      ownerId: h.t.users.viewer.id,
      kind: "procedure",
      title: "Incident procedure",
    });
    const inReview = await submit(doc);
    expect(inReview.approval!.steps.map((s) => [s.approverUserId, s.approverRole])).toEqual([
      [h.t.users.viewer.id, null],
      [null, "manager"],
    ]);
    expect(
      (await call("POST", `${url}/${doc.id}/decision`, "manager", { decision: "approve" })).statusCode,
    ).toBe(403);
    const stepOne = await decide(inReview, "viewer");
    expect(stepOne).toMatchObject({ status: "in_review", approval: { currentStep: 2 } });
    expect(await decide(stepOne, "manager")).toMatchObject({ status: "approved", effectiveRevision: 1 });
  });

  it("validates links, refuses publishing drafts and empty audiences, and retires", async () => {
    const bad = await call("POST", url, "contributor", {
      ...POLICY,
      requirementKeys: ["iso-iec-42001:2023/99.9"],
      controlIds: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      "requirementKeys.0",
      "controlIds.0",
    ]);

    const draft = await create({ title: "Draft policy" });
    const early = await call("POST", `${url}/${draft.id}/publications`, "contributor", {
      userIds: [h.t.users.viewer.id],
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toMatch(/no approved revision/);

    const doc = await approved({ title: "Data policy" });
    const unchanged = await call("POST", `${url}/${doc.id}/submit`, "contributor", { version: doc.version });
    expect(unchanged.statusCode).toBe(422);
    expect(unchanged.json().error.message).toMatch(/approved and unchanged/);
    const emptyUnit = await unit("Nobody here");
    const empty = await call("POST", `${url}/${doc.id}/publications`, "contributor", {
      businessUnitIds: [emptyUnit.id],
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/nobody to publish to/);
    const none = await call("POST", `${url}/${doc.id}/publications`, "contributor", {});
    expect(none.statusCode).toBe(400);
    const past = await call("POST", `${url}/${doc.id}/publications`, "contributor", {
      userIds: [h.t.users.viewer.id],
      dueOn: "2000-01-01",
    });
    expect(past.statusCode).toBe(400);

    expect(
      (await call("POST", `${url}/${doc.id}/retire`, "contributor", { version: doc.version })).statusCode,
    ).toBe(403);
    const retired = await call("POST", `${url}/${doc.id}/retire`, "manager", { version: doc.version });
    expect(retired.json()).toMatchObject({ status: "retired", retiredAt: expect.any(String) });
    const edit = await call("PATCH", `${url}/${doc.id}`, "contributor", {
      version: retired.json().version,
      title: "x",
    });
    expect(edit.statusCode).toBe(422);
    const pub = await call("POST", `${url}/${doc.id}/publications`, "contributor", {
      userIds: [h.t.users.viewer.id],
    });
    expect(pub.json().error.message).toMatch(/retired/);
    const back = await call("POST", `${url}/${doc.id}/reinstate`, "manager", {
      version: retired.json().version,
    });
    expect(back.json()).toMatchObject({ status: "approved", retiredAt: null });
  });

  it("lists with filters, search, sort and paging; scoped contributors see their units only", async () => {
    const sales = await unit("Sales");
    const hr = await unit("HR");
    await create({ title: "Sales standard", kind: "standard", businessUnitId: sales.id });
    await create({ title: "HR record", kind: "record", businessUnitId: hr.id });
    const list = (q: string, who: Parameters<typeof get>[1] = "viewer") =>
      get(`${url}?${q}`, who).then((r) => r.json() as { items: DocumentView[]; total: number });
    expect((await list("kind=standard")).items.map((d) => d.title)).toEqual(["Sales standard"]);
    expect((await list("q=hr%20rec")).items.map((d) => d.title)).toEqual(["HR record"]);
    const page = await list("limit=2&sort=title&order=asc");
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    expect(page.items[0]!.title <= page.items[1]!.title).toBe(true);
    expect((await get(`${url}?limit=500`, "viewer")).statusCode).toBe(400);

    const scoped = await person("sam@example.org", "contributor", [sales.id]);
    const titles = (await list("limit=200", scoped.headers)).items.map((d) => d.title);
    expect(titles).toContain("Sales standard");
    expect(titles).not.toContain("HR record");
    const hrDoc = (await list("q=HR%20record")).items[0]!;
    expect((await get(`${url}/${hrDoc.id}`, scoped.headers)).statusCode).toBe(404);
    const elsewhere = await call("POST", url, scoped.headers, { ...POLICY, businessUnitId: hr.id });
    expect(elsewhere.statusCode).toBe(403);
  });
});
