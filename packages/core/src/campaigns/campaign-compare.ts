/**
 * Vendors' questionnaire results side by side (ISO/IEC 42001 A.10.3): each vendor's latest reviewed
 * questionnaire may come from a different template or version, so sections are matched by id and
 * labelled by the title they last had.
 */
import type { QuestionnaireContent } from "../questionnaires/content.js";
import { questionnaireQuestions, type QuestionnaireScore } from "../questionnaires/rules.js";

export type ComparedSection = { id: string; title: string };

/** Sections of all the contents, by id in first-seen order; a later content's title wins. */
export function unionSections(contents: readonly QuestionnaireContent[]): ComparedSection[] {
  const byId = new Map<string, string>();
  for (const content of contents) for (const s of content.sections) byId.set(s.id, s.title);
  return [...byId].map(([id, title]) => ({ id, title }));
}

/** One score per compared section (null where the vendor's questionnaire has none for it). */
export function sectionScoresFor(
  sections: readonly ComparedSection[],
  perSection: QuestionnaireScore["perSection"],
): (number | null)[] {
  const byId = new Map(perSection.map((s) => [s.sectionId, s.score]));
  return sections.map((s) => byId.get(s.id) ?? null);
}

export type WeakAnswer = { questionId: string; text: string; earned: number };

/**
 * The scored answers that earned least (below `below`, lowest first): what a risk raised from a
 * questionnaire is about.
 */
export function weakestAnswers(
  content: QuestionnaireContent,
  score: QuestionnaireScore,
  limit = 5,
  below = 0.5,
): WeakAnswer[] {
  const text = new Map(questionnaireQuestions(content).map((q) => [q.id, q.text]));
  return score.perQuestion
    .filter((q): q is typeof q & { earned: number } => q.earned !== null && q.earned < below)
    .sort((a, b) => a.earned - b.earned || b.weight - a.weight)
    .slice(0, limit)
    .map((q) => ({
      questionId: q.questionId,
      text: text.get(q.questionId) ?? q.questionId,
      earned: q.earned,
    }));
}
