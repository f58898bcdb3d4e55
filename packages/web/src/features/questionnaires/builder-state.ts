/**
 * Pure edits of a questionnaire template's working copy in the builder. Each returns new content and
 * leaves the input untouched. New items get a temporary id; `assignIds` (builder-ids) replaces it on save.
 */
import {
  VQ_CHOICE_TYPES,
  type QuestionnaireContent,
  type QuestionnaireSection,
  type VqOption,
  type VqQuestion,
  type VqQuestionType,
} from "@openaims/core";

import { contentIds, uniqueId } from "./builder-ids";

type Content = QuestionnaireContent;

export const isChoiceType = (type: VqQuestionType): boolean => VQ_CHOICE_TYPES.includes(type);

/** A temporary id for a new item: unique now, replaced by a slug of its text on save. */
const tempId = (prefix: string, taken: ReadonlySet<string>) => uniqueId(`new-${prefix}`, taken);

export const YES_NO_OPTIONS: VqOption[] = [
  { id: "yes", label: "Yes", score: 10 },
  { id: "no", label: "No", score: 0 },
];

/** An empty template: one section, no question yet. */
export function emptyContent(): Content {
  return {
    sections: [{ id: "general", title: "General", description: "", questions: [] }],
    ratingBands: { low: 80, medium: 60, high: 40 },
  };
}

// ---- sections ----

export function addSection(content: Content, title = "New section"): Content {
  const id = tempId("section", contentIds(content).sections);
  return { ...content, sections: [...content.sections, { id, title, description: "", questions: [] }] };
}

export function updateSection(
  content: Content,
  sectionId: string,
  patch: Partial<Pick<QuestionnaireSection, "title" | "description">>,
): Content {
  return { ...content, sections: content.sections.map((s) => (s.id === sectionId ? { ...s, ...patch } : s)) };
}

function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}

export function moveSection(content: Content, sectionId: string, delta: -1 | 1): Content {
  const index = content.sections.findIndex((s) => s.id === sectionId);
  return { ...content, sections: moveItem(content.sections, index, delta) };
}

/** Removes a section and its questions; conditions that pointed at them go too. The last section stays. */
export function deleteSection(content: Content, sectionId: string): Content {
  const section = content.sections.find((s) => s.id === sectionId);
  if (!section || content.sections.length <= 1) return content;
  const gone = new Set(section.questions.map((q) => q.id));
  return dropConditionsOn({ ...content, sections: content.sections.filter((s) => s.id !== sectionId) }, gone);
}

// ---- questions ----

/** A new question of a type, valid as it stands (choice types start with two options). */
export function newQuestion(type: VqQuestionType, id: string, text = "New question"): VqQuestion {
  return {
    id,
    text,
    help: "",
    type,
    required: false,
    weight: 1,
    options: defaultOptions(type),
    showIf: null,
  };
}

function defaultOptions(type: VqQuestionType): VqOption[] {
  if (type === "yes_no") return YES_NO_OPTIONS.map((o) => ({ ...o }));
  if (type === "single_choice" || type === "multiple_choice")
    return [
      { id: "new-option", label: "Option 1", score: 10 },
      { id: "new-option-2", label: "Option 2", score: 0 },
    ];
  return [];
}

export function addQuestion(content: Content, sectionId: string, type: VqQuestionType): Content {
  const id = tempId("question", contentIds(content).questions);
  return mapSection(content, sectionId, (s) => ({
    ...s,
    questions: [...s.questions, newQuestion(type, id)],
  }));
}

export type QuestionPatch = Partial<Pick<VqQuestion, "text" | "help" | "required" | "weight" | "showIf">>;

export function updateQuestion(content: Content, questionId: string, patch: QuestionPatch): Content {
  return mapQuestion(content, questionId, (q) => ({ ...q, ...patch }));
}

/**
 * Changes a question's type. yes_no gets its fixed Yes/No options; another choice type keeps the
 * options (or starts with two); other types have none, and conditions of later questions on this one
 * are removed (only choice questions can control others).
 */
export function changeQuestionType(content: Content, questionId: string, type: VqQuestionType): Content {
  const current = findQuestion(content, questionId);
  if (!current || current.type === type) return content;
  let options: VqOption[];
  if (type === "yes_no") options = defaultOptions("yes_no");
  else if (isChoiceType(type)) options = current.options.length >= 2 ? current.options : defaultOptions(type);
  else options = [];
  const changed = mapQuestion(content, questionId, (q) => ({ ...q, type, options }));
  if (!isChoiceType(type)) return dropConditionsOn(changed, new Set([questionId]));
  // Conditions naming options the question no longer has lose those options.
  const kept = new Set(options.map((o) => o.id));
  return pruneConditionOptions(changed, questionId, kept);
}

/** Moves a question up or down; past the edge of its section it moves into the neighbouring section. */
export function moveQuestion(content: Content, questionId: string, delta: -1 | 1): Content {
  const si = content.sections.findIndex((s) => s.questions.some((q) => q.id === questionId));
  if (si < 0) return content;
  const section = content.sections[si]!;
  const qi = section.questions.findIndex((q) => q.id === questionId);
  const to = qi + delta;
  if (to >= 0 && to < section.questions.length) {
    return mapSection(content, section.id, (s) => ({ ...s, questions: moveItem(s.questions, qi, delta) }));
  }
  const neighbour = content.sections[si + delta];
  if (!neighbour) return content;
  const question = section.questions[qi]!;
  const sections = content.sections.map((s, i) => {
    if (i === si) return { ...s, questions: s.questions.filter((q) => q.id !== questionId) };
    if (i === si + delta)
      return { ...s, questions: delta < 0 ? [...s.questions, question] : [question, ...s.questions] };
    return s;
  });
  return { ...content, sections };
}

/** Removes a question; conditions of other questions on it are removed too. */
export function deleteQuestion(content: Content, questionId: string): Content {
  const sections = content.sections.map((s) => ({
    ...s,
    questions: s.questions.filter((q) => q.id !== questionId),
  }));
  return dropConditionsOn({ ...content, sections }, new Set([questionId]));
}

/** Questions whose condition refers to `questionId`. */
export function dependentsOf(content: Content, questionIds: ReadonlySet<string>): VqQuestion[] {
  return content.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.showIf && questionIds.has(q.showIf.questionId));
}

/** Choice questions before `questionId` in reading order: those a condition may refer to. */
export function conditionCandidates(content: Content, questionId: string): VqQuestion[] {
  const out: VqQuestion[] = [];
  for (const s of content.sections)
    for (const q of s.questions) {
      if (q.id === questionId) return out;
      if (isChoiceType(q.type)) out.push(q);
    }
  return out;
}

// ---- options ----

export function addOption(content: Content, questionId: string): Content {
  return mapQuestion(content, questionId, (q) => {
    const id = tempId("option", new Set(q.options.map((o) => o.id)));
    return { ...q, options: [...q.options, { id, label: `Option ${q.options.length + 1}`, score: 0 }] };
  });
}

export function updateOption(
  content: Content,
  questionId: string,
  optionId: string,
  patch: Partial<Pick<VqOption, "label" | "score">>,
): Content {
  return mapQuestion(content, questionId, (q) => ({
    ...q,
    options: q.options.map((o) => (o.id === optionId ? { ...o, ...patch } : o)),
  }));
}

export function moveOption(content: Content, questionId: string, optionId: string, delta: -1 | 1): Content {
  return mapQuestion(content, questionId, (q) => ({
    ...q,
    options: moveItem(
      q.options,
      q.options.findIndex((o) => o.id === optionId),
      delta,
    ),
  }));
}

/** Removes an option (not of yes/no questions); conditions naming it forget it. */
export function deleteOption(content: Content, questionId: string, optionId: string): Content {
  const q = findQuestion(content, questionId);
  if (!q || q.type === "yes_no") return content;
  const options = q.options.filter((o) => o.id !== optionId);
  const changed = mapQuestion(content, questionId, (x) => ({ ...x, options }));
  return pruneConditionOptions(changed, questionId, new Set(options.map((o) => o.id)));
}

// ---- helpers ----

export function findQuestion(content: Content, questionId: string): VqQuestion | undefined {
  for (const s of content.sections) for (const q of s.questions) if (q.id === questionId) return q;
  return undefined;
}

function mapSection(
  content: Content,
  sectionId: string,
  f: (s: QuestionnaireSection) => QuestionnaireSection,
): Content {
  return { ...content, sections: content.sections.map((s) => (s.id === sectionId ? f(s) : s)) };
}

function mapQuestion(content: Content, questionId: string, f: (q: VqQuestion) => VqQuestion): Content {
  return {
    ...content,
    sections: content.sections.map((s) =>
      s.questions.some((q) => q.id === questionId)
        ? { ...s, questions: s.questions.map((q) => (q.id === questionId ? f(q) : q)) }
        : s,
    ),
  };
}

function mapAllQuestions(content: Content, f: (q: VqQuestion) => VqQuestion): Content {
  return { ...content, sections: content.sections.map((s) => ({ ...s, questions: s.questions.map(f) })) };
}

function dropConditionsOn(content: Content, gone: ReadonlySet<string>): Content {
  return mapAllQuestions(content, (q) =>
    q.showIf && gone.has(q.showIf.questionId) ? { ...q, showIf: null } : q,
  );
}

/** Conditions on `questionId` keep only options in `kept`; one left with none is removed. */
function pruneConditionOptions(content: Content, questionId: string, kept: ReadonlySet<string>): Content {
  return mapAllQuestions(content, (q) => {
    if (!q.showIf || q.showIf.questionId !== questionId) return q;
    const anyOf = q.showIf.anyOf.filter((id) => kept.has(id));
    if (anyOf.length === q.showIf.anyOf.length) return q;
    return { ...q, showIf: anyOf.length > 0 ? { ...q.showIf, anyOf } : null };
  });
}
