/**
 * What is wrong with the working copy, from the same rules the server applies when saving and
 * publishing: the schema of QuestionnaireContent, then questionnaireIssues from core.
 */
import { QuestionnaireContent, questionnaireIssues, type QuestionnaireIssue } from "@openaims/core";

/** One problem, placed on the section and question it concerns (when it concerns one). */
export type BuilderIssue = {
  path: string;
  message: string;
  sectionId: string | null;
  questionId: string | null;
  /** "Section 2 “Security” › Question 3 “Do you encrypt…”", or "Rating bands". */
  where: string;
};

const FIELD_NAMES: Record<string, string> = {
  text: "question text",
  title: "section title",
  help: "help text",
  description: "description",
  label: "option label",
  score: "score",
  weight: "weight",
  options: "options",
  showIf: "condition",
  anyOf: "condition",
  questionId: "condition",
};

/** Problems of the content: schema issues first (empty texts, ranges), then structure issues. */
export function builderIssues(content: QuestionnaireContent): BuilderIssue[] {
  const raw: QuestionnaireIssue[] = [];
  const parsed = QuestionnaireContent.safeParse(content);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      raw.push({ path, message: withField(path, issue.message) });
    }
  }
  raw.push(...questionnaireIssues(content));
  // As the server's publish check: a questionnaire with nothing to answer cannot be sent.
  if (content.sections.every((s) => s.questions.length === 0))
    raw.push({ path: "sections", message: "add at least one question" });
  const seen = new Set<string>();
  return raw
    .filter((i) => {
      const k = `${i.path}|${i.message}`;
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .map((i) => placeIssue(content, i));
}

/** "must not be empty" on `…questions.2.text` → "question text must not be empty". */
function withField(path: string, message: string): string {
  const parts = path.split(".");
  const field = [...parts].reverse().find((p) => !/^\d+$/.test(p)) ?? "";
  const name = FIELD_NAMES[field];
  if (!name) return message;
  return /^(must|use) /.test(message) ? `${name} ${message}` : `${name}: ${message}`;
}

const SECTION = /^sections\.(\d+)(?:\.questions\.(\d+))?/;

/** Finds the section and question a path points at, and says where it is in words. */
export function placeIssue(content: QuestionnaireContent, issue: QuestionnaireIssue): BuilderIssue {
  if (issue.path.startsWith("ratingBands"))
    return { ...issue, sectionId: null, questionId: null, where: "Rating bands" };
  const m = SECTION.exec(issue.path);
  const si = m ? Number(m[1]) : -1;
  const section = content.sections[si];
  if (!section) return { ...issue, sectionId: null, questionId: null, where: "Questionnaire" };
  const sectionWhere = `Section ${si + 1} “${clip(section.title) || "untitled"}”`;
  const qi = m?.[2] !== undefined ? Number(m[2]) : -1;
  const question = section.questions[qi];
  if (!question) return { ...issue, sectionId: section.id, questionId: null, where: sectionWhere };
  return {
    ...issue,
    sectionId: section.id,
    questionId: question.id,
    where: `${sectionWhere} › Question ${qi + 1} “${clip(question.text) || "untitled"}”`,
  };
}

function clip(text: string, max = 60): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Messages by question id, for showing them on the question itself. */
export function issuesByQuestion(issues: readonly BuilderIssue[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of issues) {
    if (!i.questionId) continue;
    out.set(i.questionId, [...(out.get(i.questionId) ?? []), i.message]);
  }
  return out;
}

/** Turns the `details` of a refused publish or save into issues, when it carries a list of them. */
export function serverIssues(content: QuestionnaireContent, details: unknown): BuilderIssue[] {
  if (typeof details !== "object" || details === null) return [];
  const list = (details as { issues?: unknown }).issues;
  if (!Array.isArray(list)) return [];
  const out: BuilderIssue[] = [];
  for (const raw of list) {
    if (typeof raw !== "object" || raw === null) continue;
    const { path, message } = raw as { path?: unknown; message?: unknown };
    if (typeof message !== "string") continue;
    const p = Array.isArray(path) ? path.map(String).join(".") : String(path ?? "");
    // Paths of a request body may start with "body." and "content.".
    const inner = p.replace(/^body\./, "").replace(/^content\./, "");
    out.push(placeIssue(content, { path: inner, message }));
  }
  return out;
}
