import { describe, expect, it } from "vitest";
import type { VqQuestion } from "@openaims/core";
import { formatAnswer, isUnanswered } from "./answer-format";
import { isOverdue, mailtoOf, progressText, scoreStepValue, shareText } from "./campaign-labels";

const q = (type: VqQuestion["type"], options: { id: string; label: string }[] = []): VqQuestion => ({
  id: "q1",
  text: "Question",
  help: "",
  type,
  required: false,
  weight: 1,
  options: options.map((o) => ({ ...o, score: 0 })),
  showIf: null,
});

describe("formatAnswer", () => {
  const choice = q("single_choice", [
    { id: "eu", label: "In the EU" },
    { id: "us", label: "In the US" },
  ]);

  it("shows the option's label, not its id", () => {
    expect(formatAnswer(choice, "us")).toBe("In the US");
    expect(
      formatAnswer(
        q("yes_no", [
          { id: "yes", label: "Yes" },
          { id: "no", label: "No" },
        ]),
        "no",
      ),
    ).toBe("No");
  });

  it("joins the labels of several choices and keeps an unknown id visible", () => {
    const multi = q("multiple_choice", [
      { id: "a", label: "Alpha" },
      { id: "b", label: "Beta" },
    ]);
    expect(formatAnswer(multi, ["b", "a"])).toBe("Beta; Alpha");
    expect(formatAnswer(multi, ["gone"])).toBe("gone");
  });

  it("names uploaded files and says when one is gone", () => {
    const files = [{ id: "f1", fileName: "iso42001.pdf" }];
    expect(formatAnswer(q("file"), ["f1", "f2"], files)).toBe("iso42001.pdf; a removed file");
  });

  it("says 'Not answered' for empty answers of every type", () => {
    for (const value of [undefined, null, "", "   ", []]) {
      expect(isUnanswered(formatAnswer(q("text"), value))).toBe(true);
      expect(isUnanswered(formatAnswer(q("multiple_choice"), value))).toBe(true);
    }
    expect(isUnanswered(formatAnswer(q("number"), "12"))).toBe(true);
    expect(formatAnswer(q("number"), 0)).toBe("0");
    expect(formatAnswer(q("date"), "2026-05-01")).toBe("2026-05-01");
  });
});

describe("campaign labels", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("marks a questionnaire overdue only while the vendor still owes answers", () => {
    expect(isOverdue({ status: "in_progress", dueOn: "2026-03-09" }, now)).toBe(true);
    expect(isOverdue({ status: "in_progress", dueOn: "2026-03-10" }, now)).toBe(false);
    expect(isOverdue({ status: "submitted", dueOn: "2026-03-01" }, now)).toBe(false);
    expect(isOverdue({ status: "follow_up", dueOn: "2026-03-01" }, now)).toBe(true);
  });

  it("rounds shares and picks the nearest score step", () => {
    expect(shareText(0.666)).toBe("67 %");
    expect(shareText(null)).toBe("—");
    expect(scoreStepValue(0.6)).toBe("0.5");
    expect(scoreStepValue(0.9)).toBe("1");
    expect(scoreStepValue(undefined)).toBeNull();
  });

  it("describes progress and builds a mailto link with an encoded body", () => {
    expect(progressText({ answered: 3, visible: 5, required: 2, requiredAnswered: 1 })).toBe(
      "1 of 2 required · 3 of 5 answered",
    );
    expect(mailtoOf({ toEmail: "ana@vendor.example", subject: "A & B", body: "line 1\nline 2" })).toBe(
      "mailto:ana@vendor.example?subject=A%20%26%20B&body=line%201%0Aline%202",
    );
  });
});
