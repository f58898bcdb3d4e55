import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.js";
import { QuestionnaireContent } from "../questionnaires/content.js";
import { scoreQuestionnaire } from "../questionnaires/rules.js";
import {
  CAMPAIGN_STATUSES,
  editableQuestionIds,
  linkExpiryFor,
  linkExpiryForFollowUp,
  linkStateOf,
  assertFutureDueDate,
  checkExtension,
  nextCampaignStatus,
  reminderDue,
  vendorMayEdit,
  type CampaignEvent,
  type CampaignStatus,
} from "./campaign-rules.js";
import { sectionScoresFor, unionSections, weakestAnswers } from "./campaign-compare.js";

const NOW = new Date("2030-06-01T12:00:00Z");
const DAY = 86_400_000;
const later = (days: number) => new Date(NOW.getTime() + days * DAY);

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError");
}

const content = QuestionnaireContent.parse({
  sections: [
    {
      id: "gov",
      title: "Governance",
      questions: [
        {
          id: "iso",
          text: "Certified to ISO/IEC 42001?",
          type: "yes_no",
          options: [
            { id: "yes", label: "Yes", score: 10 },
            { id: "no", label: "No", score: 0 },
          ],
        },
        {
          id: "iso-cert",
          text: "Upload the certificate",
          type: "file",
          showIf: { questionId: "iso", anyOf: ["yes"] },
        },
        { id: "iso-scope", text: "Its scope", type: "text", showIf: { questionId: "iso", anyOf: ["yes"] } },
      ],
    },
    {
      id: "data",
      title: "Data",
      questions: [{ id: "retention", text: "Retention", type: "text", required: true }],
    },
  ],
});

describe("campaign workflow", () => {
  const table: [CampaignStatus, CampaignEvent, CampaignStatus | "refused"][] = [
    ["sent", "open", "opened"],
    ["opened", "open", "opened"],
    ["in_progress", "open", "in_progress"],
    ["sent", "save", "in_progress"],
    ["opened", "save", "in_progress"],
    ["in_progress", "save", "in_progress"],
    ["follow_up", "save", "follow_up"],
    ["in_progress", "submit", "submitted"],
    ["follow_up", "submit", "submitted"],
    ["submitted", "submit", "refused"],
    ["submitted", "follow_up", "follow_up"],
    ["in_progress", "follow_up", "refused"],
    ["submitted", "accept", "reviewed"],
    ["follow_up", "accept", "refused"],
    ["in_progress", "accept", "refused"],
    ["sent", "revoke", "revoked"],
    ["follow_up", "revoke", "revoked"],
    ["reviewed", "revoke", "refused"],
    ["revoked", "revoke", "refused"],
    ["reviewed", "save", "reviewed"],
  ];
  it.each(table)("%s + %s → %s", (from, event, to) => {
    if (to === "refused") expect(errorOf(() => nextCampaignStatus(from, event)).code).toBe("CONFLICT");
    else expect(nextCampaignStatus(from, event)).toBe(to);
  });

  it("says why an acceptance is refused", () => {
    expect(errorOf(() => nextCampaignStatus("in_progress", "accept")).message).toMatch(
      /only a submitted questionnaire can be accepted/,
    );
  });

  it("never leaves a reviewed or revoked campaign", () => {
    for (const from of ["reviewed", "revoked"] as const)
      for (const event of ["submit", "follow_up", "accept"] as const)
        expect(() => nextCampaignStatus(from, event), `${from} ${event}`).toThrow(DomainError);
    expect(
      CAMPAIGN_STATUSES.filter((s) => s !== "reviewed" && s !== "revoked").every(
        (s) => nextCampaignStatus(s, "revoke") === "revoked",
      ),
    ).toBe(true);
  });
});

describe("link state", () => {
  it.each<[CampaignStatus, Date, string]>([
    ["sent", later(1), "active"],
    ["in_progress", later(1), "active"],
    ["follow_up", later(1), "active"],
    ["submitted", later(1), "read_only"],
    ["submitted", later(-1), "expired"],
    ["in_progress", NOW, "expired"],
    ["reviewed", later(1), "closed"],
    ["reviewed", later(-1), "closed"],
    ["revoked", later(1), "revoked"],
  ])("%s with the link ending %s is %s", (status, linkExpiresAt, state) => {
    expect(linkStateOf({ status, linkExpiresAt }, NOW)).toBe(state);
  });

  it("lets the vendor edit only while answering through a live link", () => {
    expect(vendorMayEdit({ status: "opened", linkExpiresAt: later(1) }, NOW)).toBe(true);
    expect(vendorMayEdit({ status: "follow_up", linkExpiresAt: later(1) }, NOW)).toBe(true);
    expect(vendorMayEdit({ status: "submitted", linkExpiresAt: later(1) }, NOW)).toBe(false);
    expect(vendorMayEdit({ status: "opened", linkExpiresAt: later(-1) }, NOW)).toBe(false);
  });
});

describe("editable questions", () => {
  it("are all while answering and none once submitted", () => {
    expect([...editableQuestionIds(content, "in_progress", [])]).toEqual([
      "iso",
      "iso-cert",
      "iso-scope",
      "retention",
    ]);
    expect(editableQuestionIds(content, "submitted", ["iso"]).size).toBe(0);
  });

  it("are, during follow-up, the questions named and those that depend on them", () => {
    expect([...editableQuestionIds(content, "follow_up", ["iso", null])]).toEqual([
      "iso",
      "iso-cert",
      "iso-scope",
    ]);
    expect([...editableQuestionIds(content, "follow_up", ["retention"])]).toEqual(["retention"]);
    expect(editableQuestionIds(content, "follow_up", [null]).size).toBe(0);
  });
});

describe("link dates", () => {
  it("runs a new link to the due date plus 14 days by default", () => {
    expect(linkExpiryFor({ dueOn: "2030-06-10", now: NOW }).toISOString()).toBe("2030-06-25T00:00:00.000Z");
  });

  it("uses linkValidDays from now when given and refuses one ending before the due date", () => {
    expect(linkExpiryFor({ dueOn: "2030-06-10", linkValidDays: 30, now: NOW }).getTime()).toBe(
      later(30).getTime(),
    );
    const e = errorOf(() => linkExpiryFor({ dueOn: "2030-06-10", linkValidDays: 5, now: NOW }));
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.details).toEqual({
      issues: [{ path: "linkValidDays", message: expect.stringMatching(/before the end/) }],
    });
  });

  it("caps the default at 180 days and refuses a due date beyond it", () => {
    expect(linkExpiryFor({ dueOn: "2030-11-20", now: NOW }).getTime()).toBe(later(180).getTime());
    expect(errorOf(() => linkExpiryFor({ dueOn: "2031-01-01", now: NOW })).message).toMatch(
      /^dueOn: must be within 180/,
    );
  });

  it("wants a due date after today", () => {
    expect(() => assertFutureDueDate("2030-06-02", NOW)).not.toThrow();
    expect(errorOf(() => assertFutureDueDate("2030-06-01", NOW)).message).toMatch(/after today/);
  });

  it("checks an extension", () => {
    expect(() => checkExtension({ linkExpiresAt: later(20), dueOn: "2030-06-15" }, NOW)).not.toThrow();
    expect(
      errorOf(() => checkExtension({ linkExpiresAt: later(-1), dueOn: "2030-06-15" }, NOW)).message,
    ).toMatch(/linkExpiresAt: must be in the future/);
    expect(
      errorOf(() => checkExtension({ linkExpiresAt: later(181), dueOn: "2030-06-15" }, NOW)).message,
    ).toMatch(/within 180 days/);
    expect(
      errorOf(() => checkExtension({ linkExpiresAt: later(5), dueOn: "2030-06-15" }, NOW)).message,
    ).toMatch(/^dueOn: must not be later/);
  });

  it("renews a link ending within 7 days when follow-up questions are asked", () => {
    expect(linkExpiryForFollowUp(later(30), NOW).getTime()).toBe(later(30).getTime());
    expect(linkExpiryForFollowUp(later(6), NOW).getTime()).toBe(later(14).getTime());
    expect(linkExpiryForFollowUp(later(-3), NOW).getTime()).toBe(later(14).getTime());
  });
});

describe("reminders", () => {
  const base = {
    status: "opened" as CampaignStatus,
    dueOn: "2030-06-04",
    linkExpiresAt: later(20),
    reminderSentFor: null,
  };
  it("go out from 3 days before the due date, once per due date, while not submitted", () => {
    expect(reminderDue(base, NOW)).toBe(true);
    expect(reminderDue({ ...base, dueOn: "2030-06-05" }, NOW)).toBe(false);
    expect(reminderDue({ ...base, reminderSentFor: "2030-06-04" }, NOW)).toBe(false);
    expect(reminderDue({ ...base, reminderSentFor: "2030-05-20" }, NOW)).toBe(true);
    expect(reminderDue({ ...base, status: "submitted" }, NOW)).toBe(false);
    expect(reminderDue({ ...base, status: "revoked" }, NOW)).toBe(false);
    expect(reminderDue({ ...base, dueOn: "2030-05-31" }, NOW)).toBe(false);
    expect(reminderDue({ ...base, linkExpiresAt: later(-1) }, NOW)).toBe(false);
  });
});

describe("comparison", () => {
  it("unites sections by id and scores each vendor per section", () => {
    const other = QuestionnaireContent.parse({
      sections: [
        { id: "data", title: "Data handling", questions: [{ id: "r", text: "R", type: "text" }] },
        { id: "sec", title: "Security", questions: [{ id: "s", text: "S", type: "text" }] },
      ],
    });
    const sections = unionSections([content, other]);
    expect(sections).toEqual([
      { id: "gov", title: "Governance" },
      { id: "data", title: "Data handling" },
      { id: "sec", title: "Security" },
    ]);
    const score = scoreQuestionnaire(content, { iso: "no", retention: "30 days" }, { retention: 0.5 });
    expect(sectionScoresFor(sections, score.perSection)).toEqual([0, 50, null]);
  });

  it("lists the weakest scored answers first", () => {
    const score = scoreQuestionnaire(content, { iso: "no", retention: "forever" }, { retention: 0.25 });
    expect(weakestAnswers(content, score)).toEqual([
      { questionId: "iso", text: "Certified to ISO/IEC 42001?", earned: 0 },
      { questionId: "retention", text: "Retention", earned: 0.25 },
    ]);
  });
});
