/** Where each question stands in the builder, and whether its editor must render again. */
import type { QuestionnaireContent, VqQuestion } from "@openaims/core";
import { isChoiceType } from "./builder-state";

type Content = QuestionnaireContent;

export type QuestionPlace = {
  /** "2.3": section 2, question 3. */
  number: string;
  first: boolean;
  last: boolean;
  /** Earlier choice questions, the only ones its condition may refer to. */
  candidates: { question: VqQuestion; number: string }[];
};

/** Number, position and condition candidates of every question, in one pass. */
export function questionLayout(content: Content): Map<string, QuestionPlace> {
  const out = new Map<string, QuestionPlace>();
  const earlier: { question: VqQuestion; number: string }[] = [];
  const total = content.sections.reduce((n, s) => n + s.questions.length, 0);
  let seen = 0;
  content.sections.forEach((s, si) =>
    s.questions.forEach((q, qi) => {
      const number = `${si + 1}.${qi + 1}`;
      out.set(q.id, { number, first: seen === 0, last: seen === total - 1, candidates: [...earlier] });
      if (isChoiceType(q.type)) earlier.push({ question: q, number });
      seen += 1;
    }),
  );
  return out;
}

/**
 * Whether a question's editor shows the same thing with place `b` as with `a`. Without a condition
 * only the first candidate matters (switching one on picks it); with one, the candidates' texts and
 * options show in the condition editor.
 */
export function samePlace(
  a: QuestionPlace | undefined,
  b: QuestionPlace | undefined,
  hasCondition: boolean,
): boolean {
  if (!a || !b) return a === b;
  if (a.number !== b.number || a.first !== b.first || a.last !== b.last) return false;
  if (a.candidates.length !== b.candidates.length) return false;
  if (!hasCondition) return a.candidates[0]?.question.id === b.candidates[0]?.question.id;
  return a.candidates.every(
    (c, i) => c.question === b.candidates[i]!.question && c.number === b.candidates[i]!.number,
  );
}
