import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { addDays, utcDay, type DocumentView } from "@openaims/core";
import { documentPublications, documents, notifications } from "../../db/schema/index.js";
import { CATALOGS_DIR } from "../../services/catalogs/builtin-catalogs.js";
import { systemContext } from "../../services/context.js";
import { sendDocumentReminders } from "../../services/documents/document-reminders.js";
import { effectiveRevisionMarkdown } from "../../services/documents/document-export.js";
import { documentTemplates, setDocumentTemplatesRoot } from "../../services/documents/document-templates.js";
import { url, useDocumentsApp } from "../../test-support/documents.js";

const { h, call, get, create, approved, publish, person } = useDocumentsApp({ withCatalogs: true });

const catalogs = mkdtempSync(join(tmpdir(), "aims-doc-templates-"));
mkdirSync(join(catalogs, "documents"));
writeFileSync(
  join(catalogs, "documents", "ai-policy.md"),
  [
    "---",
    "code: ai-policy",
    "title: AI policy",
    "kind: policy",
    "summary: Our commitments for developing and using AI.",
    "reviewEveryMonths: 12",
    "requirements:",
    "  - iso-iec-42001:2023/5.2",
    "  - iso-iec-42001:2023/A.2.2",
    "  - made-up:1.0/X",
    "---",
    "",
    "# AI policy",
    "",
    "Top management commits to responsible AI.",
    "",
  ].join("\n"),
);
writeFileSync(join(catalogs, "documents", "README.md"), "# Starter documents\n\nNot a template.\n");
afterAll(() => rmSync(catalogs, { recursive: true, force: true }));

const notesOf = async (userId: string, kind: string) =>
  (await h.t.database.db.select().from(notifications).where(eq(notifications.userId, userId))).filter(
    (n) => n.kind === kind,
  );

describe("starter documents", () => {
  it("lists the starter set and adopts a template once, with the requirement links that exist", async () => {
    setDocumentTemplatesRoot(catalogs);
    const list = (await get("/api/v1/document-templates", "viewer")).json();
    expect(list.items.map((t: { code: string }) => t.code)).toEqual(["ai-policy"]);
    expect(list.items[0]).toMatchObject({ kind: "policy", reviewEveryMonths: 12, adoptedAs: null });

    const adopted = await call("POST", "/api/v1/document-templates/ai-policy/adopt", "contributor", {});
    expect(adopted.statusCode, adopted.body).toBe(201);
    const doc = adopted.json() as DocumentView;
    expect(doc).toMatchObject({
      title: "AI policy",
      kind: "policy",
      status: "draft",
      templateCode: "ai-policy",
      reviewEveryMonths: 12,
      ownerId: h.t.users.contributor.id,
    });
    expect(doc.content).toBe("# AI policy\n\nTop management commits to responsible AI.\n");
    expect(doc.requirements.map((r) => r.key)).toEqual([
      "iso-iec-42001:2023/5.2",
      "iso-iec-42001:2023/A.2.2",
    ]);

    const twice = await call("POST", "/api/v1/document-templates/ai-policy/adopt", "manager", {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      message: expect.stringMatching(/already adopted as DOC-\d+/),
      details: { id: doc.id, link: `/governance/documents/${doc.id}` },
    });
    const after = (await get("/api/v1/document-templates", "viewer")).json();
    expect(after.items[0].adoptedAs).toEqual({ id: doc.id, key: doc.key });
    expect((await call("POST", "/api/v1/document-templates/nope/adopt", "contributor", {})).statusCode).toBe(
      404,
    );
  });

  it.runIf(existsSync(join(CATALOGS_DIR, "documents")))("ships seven valid starter documents", () => {
    // The loader refuses bad front matter and a code that is not the file name.
    const templates = documentTemplates(CATALOGS_DIR);
    expect(templates).toHaveLength(7);
    expect(templates.filter((t) => t.kind === "policy").map((t) => t.code)).toEqual(["ai-policy"]);
    for (const t of templates) {
      expect(t.content.trim().length, t.code).toBeGreaterThan(200);
      expect(
        t.requirements.every((k) => /^[a-z0-9-]+:[^/]+\/.+/.test(k)),
        t.code,
      ).toBe(true);
    }
  });
});

describe("review cadence (ISO/IEC 42001 A.2.4)", () => {
  it("reminds the owner once per review date and re-arms after 'reviewed, no change'", async () => {
    const doc = await approved({ title: "Cadence policy", reviewEveryMonths: 1 });
    const today = utcDay();
    expect(doc.nextReviewOn! > today).toBe(true);
    expect(doc.reviewState).toMatch(/due_soon|scheduled/);
    const owner = h.t.users.contributor.id;
    const before = (await notesOf(owner, "document.review_due")).length;

    const soon = addDays(doc.nextReviewOn!, -10);
    expect((await sendDocumentReminders(h.t.database.db, soon)).reviews).toBeGreaterThanOrEqual(1);
    const notes = await notesOf(owner, "document.review_due");
    expect(notes.length).toBe(before + 1);
    expect(notes.at(-1)).toMatchObject({ link: `/governance/documents/${doc.id}` });
    expect(notes.at(-1)!.title).toContain(doc.key);
    // Once per date: not again the same day, nor when the date has passed.
    await sendDocumentReminders(h.t.database.db, soon);
    await sendDocumentReminders(h.t.database.db, addDays(doc.nextReviewOn!, 3));
    expect((await notesOf(owner, "document.review_due")).length).toBe(before + 1);

    // The list filters on the date (moved here to make it due soon, then overdue).
    const ids = async (review: string) =>
      ((await get(`${url}?review=${review}&limit=200`, "viewer")).json().items as DocumentView[]).map(
        (d) => d.id,
      );
    const setNext = (date: string) =>
      h.t.database.db.update(documents).set({ nextReviewOn: date }).where(eq(documents.id, doc.id));
    await setNext(addDays(today, 5));
    expect(await ids("due")).toContain(doc.id);
    expect(await ids("overdue")).not.toContain(doc.id);
    await setNext(addDays(today, -1));
    expect(await ids("overdue")).toContain(doc.id);
    expect((await get(`${url}/${doc.id}`, "viewer")).json().reviewState).toBe("overdue");

    const reviewed = await call("POST", `${url}/${doc.id}/reviewed`, "contributor", {
      version: doc.version,
      note: "Still accurate",
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({
      status: "approved",
      effectiveRevision: 1,
      lastReviewedAt: expect.any(String),
    });
    await sendDocumentReminders(h.t.database.db, soon);
    expect((await notesOf(owner, "document.review_due")).length).toBe(before + 2);
    const trail = (
      await get(`/api/v1/audit-events?entityType=document&entityId=${doc.id}&limit=5`, "auditor")
    ).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toContain("document.reviewed");

    const draft = await create({ title: "Never approved" });
    const early = await call("POST", `${url}/${draft.id}/reviewed`, "contributor", {
      version: draft.version,
    });
    expect(early.statusCode).toBe(422);
  });
});

describe("overdue acknowledgements (ISO/IEC 42001 7.3)", () => {
  it("lists pending people past the due date and reminds them once per publication", async () => {
    const doc = await approved({ title: "Acceptable use standard", kind: "standard" });
    const eve = await person("eve@example.org", "viewer");
    const fay = await person("fay@example.org", "viewer");
    const publication = await publish(doc, { userIds: [eve.id, fay.id], dueOn: utcDay() });
    expect(publication).toMatchObject({ total: 2, isOverdue: false });
    expect((await call("POST", `/api/v1/acknowledgements/${publication.id}`, fay.headers)).statusCode).toBe(
      200,
    );
    // Fay's request left her inbox when she acknowledged.
    const fayNotes = await notesOf(fay.id, "document.acknowledgement_requested");
    expect(fayNotes.every((n) => n.readAt !== null)).toBe(true);

    const tomorrow = addDays(utcDay(), 1);
    const first = await sendDocumentReminders(h.t.database.db, tomorrow);
    expect(first.acknowledgements).toBe(1);
    await sendDocumentReminders(h.t.database.db, addDays(tomorrow, 1));
    expect(await notesOf(eve.id, "document.acknowledgement_overdue")).toHaveLength(1);
    expect(await notesOf(fay.id, "document.acknowledgement_overdue")).toHaveLength(0);
    const publisher = await notesOf(h.t.users.contributor.id, "document.acknowledgement_overdue");
    expect(publisher.at(-1)!.title).toMatch(/^1 people have not acknowledged/);

    // Move the due date into the past to see the overdue list as a reader would after it.
    await h.t.database.db
      .update(documentPublications)
      .set({ dueOn: "2000-01-01" })
      .where(eq(documentPublications.id, publication.id));
    const overdue = (await get("/api/v1/acknowledgements/overdue?limit=200", "auditor")).json();
    const rows = overdue.items.filter((i: { publicationId: string }) => i.publicationId === publication.id);
    expect(rows).toMatchObject([{ email: "eve@example.org", dueOn: "2000-01-01", documentKey: doc.key }]);
    const progress = (
      await get(`/api/v1/document-publications/${publication.id}?status=pending`, "auditor")
    ).json();
    expect(progress).toMatchObject({ isOverdue: true, pending: 1, people: { total: 1 } });
    expect(progress.people.items[0]).toMatchObject({ email: "eve@example.org", isOverdue: true });
    const mine = (await get("/api/v1/acknowledgements/mine", eve.headers)).json();
    expect(mine.items[0]).toMatchObject({ publicationId: publication.id, isOverdue: true });
    const list = (await get(`${url}/${doc.id}/publications`, "viewer")).json();
    expect(list).toMatchObject({
      total: 1,
      items: [{ id: publication.id, acknowledged: 1, pending: 1, percent: 50 }],
    });
  });

  it("exports the revision in force as Markdown for the command line", async () => {
    const doc = await approved({ title: 'Policy: "quoted"' });
    const file = await effectiveRevisionMarkdown(
      systemContext(h.t.database.db, "cli"),
      doc.key.toLowerCase(),
    );
    expect(file.revision).toBe(1);
    expect(file.markdown).toMatch(
      /^---\nkey: "DOC-\d+"\ntitle: "Policy: \\"quoted\\""\nkind: policy\nrevision: 1\n/,
    );
    expect(file.markdown).toContain("# AI policy\n\nWe use AI responsibly.");
    const draft = await create({ title: "Unapproved" });
    await expect(effectiveRevisionMarkdown(systemContext(h.t.database.db, "cli"), draft.key)).rejects.toThrow(
      /no approved revision/,
    );
  });
});

describe("list cost", () => {
  it("reads a page of documents and of publications in a fixed number of queries", async () => {
    for (let i = 0; i < 3; i++) await create({ title: `Batch ${i}` });
    const doc = await approved({ title: "Widely published" });
    for (let i = 0; i < 3; i++) await publish(doc, { userIds: [h.t.users.viewer.id] });
    const queriesFor = async (path: string) => {
      await get(path, "viewer"); // the first request of a token also records its use
      h.t.takeQueries();
      expect((await get(path, "viewer")).statusCode).toBe(200);
      return h.t.takeQueries().length;
    };
    expect(await queriesFor(`${url}?limit=1`)).toBe(await queriesFor(`${url}?limit=50`));
    expect(await queriesFor(`${url}/${doc.id}/publications?limit=1`)).toBe(
      await queriesFor(`${url}/${doc.id}/publications?limit=50`),
    );
  });
});
