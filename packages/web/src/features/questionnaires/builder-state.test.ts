import { QuestionnaireContent, questionnaireIssues, type QuestionnaireContentInput } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  addOption,
  addQuestion,
  addSection,
  changeQuestionType,
  conditionCandidates,
  deleteOption,
  deleteQuestion,
  deleteSection,
  dependentsOf,
  emptyContent,
  findQuestion,
  moveQuestion,
  moveSection,
  updateOption,
  updateQuestion,
  updateSection,
} from "./builder-state";
import { assignIds, canonicalJson, questionOrder, slugify, uniqueId } from "./builder-ids";
import { questionLayout, samePlace } from "./builder-layout";

const content = (input: QuestionnaireContentInput) => QuestionnaireContent.parse(input);

/** Two sections: a single choice `hosting` (cloud/on-prem) and a text question shown when it is cloud. */
const sample = () =>
  content({
    sections: [
      {
        id: "general",
        title: "General",
        questions: [
          {
            id: "hosting",
            text: "Where is it hosted?",
            type: "single_choice",
            options: [
              { id: "cloud", label: "Cloud", score: 5 },
              { id: "onprem", label: "On premises", score: 10 },
            ],
          },
          {
            id: "region",
            text: "Which region?",
            type: "text",
            showIf: { questionId: "hosting", anyOf: ["cloud"] },
          },
        ],
      },
      {
        id: "security",
        title: "Security",
        questions: [
          {
            id: "iso",
            text: "ISO 27001?",
            type: "yes_no",
            options: [
              { id: "yes", label: "Yes", score: 10 },
              { id: "no", label: "No", score: 0 },
            ],
          },
        ],
      },
    ],
  });

const ids = (c: QuestionnaireContent) =>
  c.sections.map((s) => `${s.id}:${s.questions.map((q) => q.id).join(",")}`);

describe("ids", () => {
  it("slugify keeps lower-case letters and digits joined by dashes", () => {
    expect(slugify("Model provenance & Training data?")).toBe("model-provenance-training-data");
    expect(slugify("  Ünïcode café ")).toBe("unicode-cafe");
    expect(slugify("???")).toBe("");
    expect(slugify("a".repeat(50))).toHaveLength(32);
  });

  it("uniqueId appends the first free number", () => {
    expect(uniqueId("q", new Set())).toBe("q");
    expect(uniqueId("q", new Set(["q", "q-2"]))).toBe("q-3");
    expect(uniqueId("", new Set())).toBe("item");
    expect(uniqueId("x".repeat(45), new Set()).length).toBeLessThanOrEqual(40);
  });
});

describe("sections", () => {
  it("adds, renames, moves and deletes sections", () => {
    let c = addSection(sample());
    expect(c.sections).toHaveLength(3);
    const added = c.sections[2]!;
    expect(added.id).toBe("new-section");
    c = updateSection(c, added.id, { title: "Oversight", description: "Who watches" });
    expect(c.sections[2]).toMatchObject({ title: "Oversight", description: "Who watches" });
    c = moveSection(c, added.id, -1);
    expect(c.sections.map((s) => s.id)).toEqual(["general", "new-section", "security"]);
    expect(moveSection(c, "general", -1).sections.map((s) => s.id)).toEqual([
      "general",
      "new-section",
      "security",
    ]);
    c = deleteSection(c, added.id);
    expect(c.sections.map((s) => s.id)).toEqual(["general", "security"]);
  });

  it("deleting a section drops conditions on its questions and never deletes the last one", () => {
    const c = moveQuestion(sample(), "region", 1); // region moves into the security section
    expect(ids(c)).toEqual(["general:hosting", "security:region,iso"]);
    const without = deleteSection(c, "general");
    expect(findQuestion(without, "region")!.showIf).toBeNull();
    const one = emptyContent();
    expect(deleteSection(one, "general")).toBe(one);
  });

  it("leaves the input untouched", () => {
    const c = sample();
    const before = JSON.stringify(c);
    addSection(c);
    deleteQuestion(c, "hosting");
    updateOption(c, "hosting", "cloud", { label: "x" });
    expect(JSON.stringify(c)).toBe(before);
  });
});

describe("questions", () => {
  it("adds a question of each type, valid as it stands", () => {
    let c = emptyContent();
    for (const type of [
      "text",
      "single_choice",
      "multiple_choice",
      "yes_no",
      "number",
      "date",
      "file",
    ] as const)
      c = addQuestion(c, "general", type);
    const qs = c.sections[0]!.questions;
    expect(qs.map((q) => q.id)).toEqual([
      "new-question",
      ...[2, 3, 4, 5, 6, 7].map((n) => `new-question-${n}`),
    ]);
    expect(qs.map((q) => q.options.length)).toEqual([0, 2, 2, 2, 0, 0, 0]);
    expect(QuestionnaireContent.safeParse(c).success).toBe(true);
    expect(questionnaireIssues(c)).toEqual([]);
  });

  it("moves within a section and across the section edge", () => {
    let c = moveQuestion(sample(), "region", -1);
    expect(ids(c)).toEqual(["general:region,hosting", "security:iso"]);
    c = moveQuestion(c, "region", -1);
    expect(ids(c)).toEqual(["general:region,hosting", "security:iso"]);
    c = moveQuestion(c, "iso", -1);
    expect(ids(c)).toEqual(["general:region,hosting,iso", "security:"]);
    c = moveQuestion(c, "iso", 1);
    expect(ids(c)).toEqual(["general:region,hosting", "security:iso"]);
  });

  it("updates text, required and weight; deleting a controller drops conditions on it", () => {
    let c = updateQuestion(sample(), "region", { text: "Which cloud region?", required: true, weight: 3 });
    expect(findQuestion(c, "region")).toMatchObject({
      text: "Which cloud region?",
      required: true,
      weight: 3,
    });
    expect(dependentsOf(c, new Set(["hosting"])).map((q) => q.id)).toEqual(["region"]);
    c = deleteQuestion(c, "hosting");
    expect(findQuestion(c, "hosting")).toBeUndefined();
    expect(findQuestion(c, "region")!.showIf).toBeNull();
  });

  it("changing the type sets yes/no options, keeps choice options, clears others and their conditions", () => {
    let c = changeQuestionType(sample(), "hosting", "multiple_choice");
    expect(findQuestion(c, "hosting")!.options.map((o) => o.id)).toEqual(["cloud", "onprem"]);
    expect(findQuestion(c, "region")!.showIf).toEqual({ questionId: "hosting", anyOf: ["cloud"] });
    c = changeQuestionType(c, "hosting", "yes_no");
    expect(findQuestion(c, "hosting")!.options.map((o) => [o.id, o.label, o.score])).toEqual([
      ["yes", "Yes", 10],
      ["no", "No", 0],
    ]);
    // "cloud" is no longer an option: the condition that needed it is removed.
    expect(findQuestion(c, "region")!.showIf).toBeNull();
    c = updateQuestion(c, "region", { showIf: { questionId: "hosting", anyOf: ["yes"] } });
    c = changeQuestionType(c, "hosting", "number");
    expect(findQuestion(c, "hosting")!.options).toEqual([]);
    expect(findQuestion(c, "region")!.showIf).toBeNull();
    c = changeQuestionType(c, "hosting", "single_choice");
    expect(findQuestion(c, "hosting")!.options).toHaveLength(2);
    expect(questionnaireIssues(c)).toEqual([]);
  });

  it("offers only earlier choice questions for a condition", () => {
    const c = sample();
    expect(conditionCandidates(c, "region").map((q) => q.id)).toEqual(["hosting"]);
    expect(conditionCandidates(c, "iso").map((q) => q.id)).toEqual(["hosting"]);
    expect(conditionCandidates(c, "hosting")).toEqual([]);
  });
});

describe("options", () => {
  it("adds, edits and deletes options; conditions forget deleted options", () => {
    let c = addOption(sample(), "hosting");
    const opts = findQuestion(c, "hosting")!.options;
    expect(opts.map((o) => o.id)).toEqual(["cloud", "onprem", "new-option"]);
    c = updateOption(c, "hosting", "new-option", { label: "Hybrid", score: 7 });
    expect(findQuestion(c, "hosting")!.options[2]).toEqual({ id: "new-option", label: "Hybrid", score: 7 });
    c = updateQuestion(c, "region", { showIf: { questionId: "hosting", anyOf: ["cloud", "new-option"] } });
    c = deleteOption(c, "hosting", "cloud");
    expect(findQuestion(c, "region")!.showIf).toEqual({ questionId: "hosting", anyOf: ["new-option"] });
    c = deleteOption(c, "hosting", "new-option");
    expect(findQuestion(c, "region")!.showIf).toBeNull();
  });

  it("never deletes a yes/no option", () => {
    const c = sample();
    expect(deleteOption(c, "iso", "yes")).toBe(c);
  });
});

describe("assignIds", () => {
  it("turns temporary ids into slugs of the text, keeps saved ids and rewires conditions", () => {
    const saved = sample();
    let c = addSection(saved);
    const sid = c.sections[2]!.id;
    c = updateSection(c, sid, { title: "Human oversight" });
    c = addQuestion(c, sid, "single_choice");
    c = updateQuestion(c, "new-question", { text: "Who can stop the model?" });
    c = updateOption(c, "new-question", "new-option", { label: "An operator" });
    c = addQuestion(c, sid, "text");
    c = updateQuestion(c, "new-question-2", {
      text: "Where is it hosted?", // same text as a saved question: gets a suffix
      showIf: { questionId: "new-question", anyOf: ["new-option"] },
    });
    c = updateSection(c, "general", { title: "Renamed" }); // a saved id stays even when the text changes

    const out = assignIds(c, saved);
    expect(ids(out)).toEqual([
      "general:hosting,region",
      "security:iso",
      "human-oversight:who-can-stop-the-model,where-is-it-hosted",
    ]);
    const stop = findQuestion(out, "who-can-stop-the-model")!;
    expect(stop.options.map((o) => o.id)).toEqual(["an-operator", "option-2"]);
    expect(findQuestion(out, "where-is-it-hosted")!.showIf).toEqual({
      questionId: "who-can-stop-the-model",
      anyOf: ["an-operator"],
    });
    expect(findQuestion(out, "region")!.showIf).toEqual({ questionId: "hosting", anyOf: ["cloud"] });
    expect(QuestionnaireContent.safeParse(out).success).toBe(true);
    expect(questionnaireIssues(out)).toEqual([]);
    // Saving again changes nothing.
    expect(assignIds(out, out)).toEqual(out);
  });

  it("de-duplicates ids of new items with the same text and falls back when the text has no letters", () => {
    let c = emptyContent();
    c = addQuestion(c, "general", "text");
    c = addQuestion(c, "general", "text");
    c = addQuestion(c, "general", "text");
    c = updateQuestion(c, "new-question-3", { text: "???" });
    const out = assignIds(c, null);
    expect(out.sections[0]!.id).toBe("general");
    expect(out.sections[0]!.questions.map((q) => q.id)).toEqual([
      "new-question",
      "new-question-2",
      "question",
    ]);
  });
});

describe("questionLayout", () => {
  it("numbers questions per section and lists earlier choice questions", () => {
    const layout = questionLayout(sample());
    expect(
      [...layout.entries()].map(([id, p]) => [
        id,
        p.number,
        p.first,
        p.last,
        p.candidates.map((c) => c.number),
      ]),
    ).toEqual([
      ["hosting", "1.1", true, false, []],
      ["region", "1.2", false, false, ["1.1"]],
      ["iso", "2.1", false, true, ["1.1"]],
    ]);
  });
});

describe("canonicalJson and questionOrder", () => {
  it("ignores key order and lists questions in reading order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(questionOrder(sample())).toEqual(["hosting", "region", "iso"]);
  });
});

describe("samePlace", () => {
  it("ignores a controller's new text unless the question has a condition", () => {
    const before = questionLayout(sample());
    const after = questionLayout(updateQuestion(sample(), "hosting", { text: "Hosted where?" }));
    expect(samePlace(before.get("iso"), after.get("iso"), false)).toBe(true);
    expect(samePlace(before.get("region"), after.get("region"), true)).toBe(false);
    const moved = questionLayout(moveQuestion(sample(), "iso", -1));
    expect(samePlace(before.get("iso"), moved.get("iso"), false)).toBe(false); // now 1.3
    expect(samePlace(undefined, moved.get("iso"), false)).toBe(false);
  });
});
