/**
 * Ids of a template's sections, questions and answers. Authors never type them: new items get a
 * temporary id while editing, and `assignIds` turns it into a slug of the text when saving, while ids
 * already saved stay as they are (answers and conditions refer to them).
 */
import type { QuestionnaireContent } from "@openaims/core";

type Content = QuestionnaireContent;
const MAX_ID = 40;

/** "Model provenance & training?" → "model-provenance-training"; "" when nothing usable is left. */
export function slugify(text: string, max = 32): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");
}

/** `base`, else `base-2`, `base-3`… — the first not in `taken` (kept within the 40 characters of an id). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const root = (base || "item").slice(0, MAX_ID - 4).replace(/-+$/, "") || "item";
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) {
    const id = `${root}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Every id of the content: sections, questions and (per question) options. */
export function contentIds(content: Content): {
  sections: Set<string>;
  questions: Set<string>;
  options: Map<string, Set<string>>;
} {
  const sections = new Set<string>();
  const questions = new Set<string>();
  const options = new Map<string, Set<string>>();
  for (const s of content.sections) {
    sections.add(s.id);
    for (const q of s.questions) {
      questions.add(q.id);
      options.set(q.id, new Set(q.options.map((o) => o.id)));
    }
  }
  return { sections, questions, options };
}

/**
 * Gives every item whose id was not saved before (`saved`, the ids of the last saved version) an id
 * made from its text, unique where it must be, and rewrites conditions to match. Saved ids never change.
 */
export function assignIds(content: Content, saved: Content | null): Content {
  const before = saved
    ? contentIds(saved)
    : { sections: new Set<string>(), questions: new Set<string>(), options: new Map() };
  const keepSection = (id: string) => before.sections.has(id);
  const keepQuestion = (id: string) => before.questions.has(id);
  const sectionIds = new Set(content.sections.map((s) => s.id).filter(keepSection));
  const questionIds = new Set(
    content.sections.flatMap((s) => s.questions.map((q) => q.id)).filter(keepQuestion),
  );
  const questionMap = new Map<string, string>();
  const optionMaps = new Map<string, Map<string, string>>();

  const sections = content.sections.map((s) => {
    const sid = keepSection(s.id) ? s.id : uniqueId(slugify(s.title) || "section", sectionIds);
    sectionIds.add(sid);
    const questions = s.questions.map((q) => {
      const qid = keepQuestion(q.id) ? q.id : uniqueId(slugify(q.text) || "question", questionIds);
      questionIds.add(qid);
      questionMap.set(q.id, qid);
      const savedOptions: Set<string> = (keepQuestion(q.id) && before.options.get(q.id)) || new Set<string>();
      const taken = new Set(q.options.map((o) => o.id).filter((id) => savedOptions.has(id)));
      const optionMap = new Map<string, string>();
      const options =
        q.type === "yes_no"
          ? q.options
          : q.options.map((o) => {
              const oid = savedOptions.has(o.id) ? o.id : uniqueId(slugify(o.label, 24) || "option", taken);
              taken.add(oid);
              optionMap.set(o.id, oid);
              return oid === o.id ? o : { ...o, id: oid };
            });
      optionMaps.set(q.id, optionMap);
      return { ...q, id: qid, options };
    });
    return { ...s, id: sid, questions };
  });

  const rewired = sections.map((s) => ({
    ...s,
    questions: s.questions.map((q) => {
      if (!q.showIf) return q;
      const ref = q.showIf.questionId;
      const optionMap = optionMaps.get(ref);
      return {
        ...q,
        showIf: {
          questionId: questionMap.get(ref) ?? ref,
          anyOf: q.showIf.anyOf.map((id) => optionMap?.get(id) ?? id),
        },
      };
    }),
  }));
  return { ...content, sections: rewired };
}

/** The question ids in reading order (to follow questions across a save that renames new ones). */
export function questionOrder(content: Content): string[] {
  return content.sections.flatMap((s) => s.questions.map((q) => q.id));
}

/** JSON with object keys sorted, so two contents compare equal whatever order the server kept keys in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
