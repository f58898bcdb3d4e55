import { describe, expect, it } from "vitest";
import {
  acknowledgementPercent,
  documentApprovalSteps,
  editBlocker,
  isAcknowledgementOverdue,
  nextReviewOn,
  publishBlocker,
  reviewStateOf,
  submitBlocker,
} from "./document-rules.js";
import { splitFrontMatter } from "./front-matter.js";

const ME = "11111111-1111-4111-8111-111111111111";
const OWNER = "22222222-2222-4222-8222-222222222222";

describe("who approves a document", () => {
  it.each([
    ["policy, owner submits", { kind: "policy", ownerId: ME, ownerRole: "contributor" }, [null], ["manager"]],
    [
      "policy, someone else owns it",
      { kind: "policy", ownerId: OWNER, ownerRole: "contributor" },
      [OWNER, null],
      [null, "manager"],
    ],
    [
      "procedure owned by a manager",
      { kind: "procedure", ownerId: OWNER, ownerRole: "manager" },
      [OWNER],
      [null],
    ],
    ["no owner", { kind: "record", ownerId: null, ownerRole: null }, [null], ["manager"]],
  ] as const)("%s", (_label, doc, users, roles) => {
    const steps = documentApprovalSteps({ ...doc, submitterId: ME });
    expect(steps.map((s) => s.approverUserId)).toEqual(users);
    expect(steps.map((s) => s.approverRole)).toEqual(roles);
  });

  it("names top management for the AI policy (ISO/IEC 42001 5.2)", () => {
    const [step] = documentApprovalSteps({ kind: "policy", ownerId: null, ownerRole: null, submitterId: ME });
    expect(step!.name).toMatch(/Top management/);
  });
});

describe("what may change when", () => {
  it("refuses edits in review and of retired documents", () => {
    expect(editBlocker({ key: "DOC-1", status: "draft" })).toBeNull();
    expect(editBlocker({ key: "DOC-1", status: "approved" })).toBeNull();
    expect(editBlocker({ key: "DOC-1", status: "in_review" })).toMatch(/waits for approval/);
    expect(editBlocker({ key: "DOC-1", status: "retired" })).toMatch(/retired/);
  });

  it("submits only drafts with content and a change", () => {
    const draft = {
      key: "DOC-1",
      status: "draft",
      content: "# Policy",
      effectiveRevision: null,
      hasChangesSinceEffective: true,
    };
    expect(submitBlocker(draft)).toBeNull();
    expect(submitBlocker({ ...draft, content: "  " })).toMatch(/no content/);
    expect(submitBlocker({ ...draft, status: "approved" })).toMatch(/edit it/);
    expect(submitBlocker({ ...draft, effectiveRevision: 2, hasChangesSinceEffective: false })).toMatch(
      /no change since revision 2/,
    );
  });

  it("publishes only a revision in force of a document that is not retired", () => {
    expect(publishBlocker({ key: "DOC-1", status: "draft", effectiveRevision: null })).toMatch(/no approved/);
    expect(publishBlocker({ key: "DOC-1", status: "draft", effectiveRevision: 1 })).toBeNull();
    expect(publishBlocker({ key: "DOC-1", status: "retired", effectiveRevision: 1 })).toMatch(/retired/);
  });
});

describe("review cadence and acknowledgements", () => {
  it("computes the next review date, clamped to the month's end", () => {
    expect(nextReviewOn("2026-01-31", 1)).toBe("2026-02-28");
    expect(nextReviewOn("2026-03-15", 12)).toBe("2027-03-15");
    expect(nextReviewOn("2026-03-15", null)).toBeNull();
  });

  it.each([
    ["2026-06-01", "scheduled"],
    ["2026-04-30", "due_soon"],
    ["2026-04-01", "due_soon"],
    ["2026-03-31", "overdue"],
  ] as const)("next review %s is %s on 2026-04-01", (date, state) => {
    expect(reviewStateOf({ status: "approved", nextReviewOn: date }, "2026-04-01")).toBe(state);
  });

  it("has no review state without a date or once retired", () => {
    expect(reviewStateOf({ status: "approved", nextReviewOn: null }, "2026-04-01")).toBe("none");
    expect(reviewStateOf({ status: "retired", nextReviewOn: "2020-01-01" }, "2026-04-01")).toBe("none");
  });

  it("is overdue only when pending after the due day", () => {
    expect(isAcknowledgementOverdue({ status: "pending", dueOn: "2026-04-01" }, "2026-04-01")).toBe(false);
    expect(isAcknowledgementOverdue({ status: "pending", dueOn: "2026-03-31" }, "2026-04-01")).toBe(true);
    expect(isAcknowledgementOverdue({ status: "acknowledged", dueOn: "2026-03-31" }, "2026-04-01")).toBe(
      false,
    );
    expect(isAcknowledgementOverdue({ status: "pending", dueOn: null }, "2026-04-01")).toBe(false);
    expect(acknowledgementPercent({ total: 3, acknowledged: 2 })).toBe(66);
  });
});

describe("front matter", () => {
  it("splits the YAML block from the Markdown body", () => {
    const text = "---\ncode: ai-policy\ntitle: AI policy\n---\n\n# AI policy\n\nText.\n";
    expect(splitFrontMatter(text)).toEqual({
      frontMatter: "code: ai-policy\ntitle: AI policy\n",
      body: "# AI policy\n\nText.\n",
    });
  });

  it("keeps a file without front matter (or an unclosed block) as body", () => {
    expect(splitFrontMatter("# Title\n")).toEqual({ frontMatter: null, body: "# Title\n" });
    expect(splitFrontMatter("---\ncode: x\n# no end")).toEqual({
      frontMatter: null,
      body: "---\ncode: x\n# no end",
    });
  });

  it("handles Windows line endings and a byte order mark", () => {
    const parts = splitFrontMatter("\uFEFF---\r\ncode: x\r\n---\r\nBody\r\n");
    expect(parts.frontMatter).toBe("code: x\r\n");
    expect(parts.body).toBe("Body\r\n");
  });
});
