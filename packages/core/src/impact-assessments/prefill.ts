/**
 * One assessment serves several laws: questions that mean the same carry the same concept, so the
 * answers of the AI system impact assessment pre-fill the FRIA (EU AI Act Art. 27) and the Colorado
 * assessment (6-1-1703(3)(e) accepts an assessment done for another law when reasonably similar),
 * and the inventory record fills what no assessment answered yet.
 */
import { isAnswered, MAX_LONG_TEXT, MAX_TABLE_ROWS, MAX_TEXT } from "./answers.js";
import {
  allQuestions,
  type AnswerValue,
  type Answers,
  type Column,
  type ImpactAssessmentTemplate,
  type Question,
  type TableRow,
} from "./template-model.js";

export type PrefillSource = { assessmentKey: string; template: ImpactAssessmentTemplate; answers: Answers };

/** Where a pre-filled answer came from: another assessment's question, or a field of the AI system record. */
export type Provenance =
  { assessmentKey: string; questionId: string } | { aiSystemKey: string; field: string };

/** The facts of the inventory record that pre-fill questions (ISO/IEC 42001 A.4, A.9.4). */
export type AiSystemFacts = {
  key: string;
  purpose: string;
  intendedUse: string;
  foreseeableMisuse: string;
  personalDataDescription: string;
  datasets: { name: string; source: string }[];
  profile: {
    affectedPersons: string;
    humanOversight: string;
    decisionRole: string;
    processesPersonalData: boolean;
    jurisdictions: { eu: string[]; us: string[]; other: string[] };
  };
};

type Convertible = Pick<Question, "type" | "choices" | "scale" | "columns" | "label" | "id">;

const clip = (s: string, type: string) => s.slice(0, type === "text" ? MAX_TEXT : MAX_LONG_TEXT);

/** Text form of an answer, for a text question fed by a choice or a table. */
function asText(source: Convertible, v: AnswerValue): string | null {
  const label = (x: string, choices = source.choices) => choices?.find((c) => c.value === x)?.label ?? x;
  if (typeof v === "string") return source.type === "single_choice" ? label(v) : v;
  if (typeof v === "boolean") return v ? "Yes" : "No";
  if (typeof v === "number") return String(v);
  if (!Array.isArray(v) || v.length === 0) return null;
  if (source.type === "multi_choice") return (v as string[]).map((x) => label(x)).join(", ");
  const columns = source.columns ?? [];
  return (v as TableRow[])
    .map((row) =>
      columns
        .filter(
          (c) => c.type !== "scale" && row[c.id] !== null && row[c.id] !== undefined && row[c.id] !== "",
        )
        .map((c) =>
          c.type === "single_choice"
            ? label(String(row[c.id]), c.choices)
            : c.type === "yes_no"
              ? `${c.label}: ${row[c.id] ? "yes" : "no"}`
              : String(row[c.id]),
        )
        .join(" — "),
    )
    .filter(Boolean)
    .map((line) => `• ${line}`)
    .join("\n");
}

function cellFor(
  target: Column,
  source: Column,
  v: TableRow[string] | undefined,
): TableRow[string] | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (target.type === "single_choice")
    return typeof v === "string" && target.choices?.some((c) => c.value === v) ? v : undefined;
  if (target.type === "scale")
    return typeof v === "number" && target.scale && v >= target.scale.min && v <= target.scale.max
      ? v
      : undefined;
  if (target.type === "yes_no") return typeof v === "boolean" ? v : undefined;
  const text = source.type === "single_choice" ? (source.choices?.find((c) => c.value === v)?.label ?? v) : v;
  return clip(String(text), target.type);
}

function tableFor(target: Question, source: Question, rows: TableRow[]): TableRow[] | null {
  const sourceColumns = source.columns ?? [];
  const match = (c: Column) =>
    sourceColumns.find((s) => (c.concept ? s.concept === c.concept : s.id === c.id));
  const filter = target.prefillFilter;
  const filterColumn = filter && sourceColumns.find((c) => c.concept === filter.concept);
  const out = rows
    .filter((r) => !filter || (filterColumn && filter.anyOf.includes(String(r[filterColumn.id]))))
    .map((r) => {
      const row: TableRow = {};
      for (const c of target.columns ?? []) {
        const s = match(c);
        const cell = s ? cellFor(c, s, r[s.id]) : undefined;
        if (cell !== undefined) row[c.id] = cell;
      }
      return row;
    })
    .filter((row) => Object.keys(row).length > 0)
    .slice(0, MAX_TABLE_ROWS);
  return out.length ? out : null;
}

/** The source answer in the form of the target question, or null when it does not fit. */
function convert(target: Question, source: Question, v: AnswerValue): AnswerValue {
  switch (target.type) {
    case "text":
    case "long_text": {
      const text = asText(source, v);
      return text && text.trim() ? clip(text, target.type) : null;
    }
    case "single_choice":
      return typeof v === "string" && target.choices?.some((c) => c.value === v) ? v : null;
    case "multi_choice": {
      const values = (Array.isArray(v) ? v : [v]).filter(
        (x): x is string => typeof x === "string" && Boolean(target.choices?.some((c) => c.value === x)),
      );
      return values.length ? values : null;
    }
    case "yes_no":
      return typeof v === "boolean" ? v : null;
    case "scale":
      return typeof v === "number" && target.scale && v >= target.scale.min && v <= target.scale.max
        ? v
        : null;
    case "date":
      return typeof v === "string" && source.type === "date" ? v : null;
    case "table":
      return source.type === "table" && Array.isArray(v) ? tableFor(target, source, v as TableRow[]) : null;
  }
}

const text = (s: string) => (s.trim() ? s : null);

/** The inventory field a concept reads, when the record has one. */
function fact(
  concept: string,
  f: AiSystemFacts,
): { field: string; value: AnswerValue; as: Question["type"] } | null {
  const j = f.profile.jurisdictions;
  const places = [...j.eu.map((c) => `EU ${c}`), ...j.us.map((c) => `US ${c}`), ...j.other].join(", ");
  const byConcept: Record<string, [string, AnswerValue, Question["type"]]> = {
    intended_purpose: ["purpose", text(f.purpose), "long_text"],
    intended_use: ["intendedUse", text(f.intendedUse), "long_text"],
    foreseeable_misuse: ["foreseeableMisuse", text(f.foreseeableMisuse), "long_text"],
    affected_persons: ["profile.affectedPersons", text(f.profile.affectedPersons), "long_text"],
    human_oversight_measures: ["profile.humanOversight", text(f.profile.humanOversight), "long_text"],
    data_categories: ["personalDataDescription", text(f.personalDataDescription), "long_text"],
    processes_personal_data: ["profile.processesPersonalData", f.profile.processesPersonalData, "yes_no"],
    decision_role: ["profile.decisionRole", f.profile.decisionRole, "single_choice"],
    deployment_geography: ["profile.jurisdictions", text(places), "text"],
    data_sources: [
      "datasets",
      text(f.datasets.map((d) => (d.source ? `${d.name} (${d.source})` : d.name)).join("\n")),
      "long_text",
    ],
  };
  const hit = byConcept[concept];
  return hit && hit[1] !== null ? { field: hit[0], value: hit[1], as: hit[2] } : null;
}

/**
 * Pre-fills a new assessment of `target`: each question with a concept takes the answer of the first
 * source (most recent first) that answered a question of the same concept, converted to the target's
 * type; otherwise the AI system record's field. Returns the answers and where each came from.
 */
export function prefillAnswers(
  target: ImpactAssessmentTemplate,
  sources: readonly PrefillSource[],
  facts: AiSystemFacts | null,
): { answers: Answers; prefilledFrom: Record<string, Provenance> } {
  const answers: Answers = {};
  const prefilledFrom: Record<string, Provenance> = {};
  const sourceQuestions = sources.map((s) => ({ s, questions: allQuestions(s.template) }));
  for (const q of allQuestions(target)) {
    if (!q.concept) continue;
    for (const { s, questions } of sourceQuestions) {
      const from = questions.find((x) => x.concept === q.concept && isAnswered(x, s.answers[x.id]));
      const value = from ? convert(q, from, s.answers[from.id]!) : null;
      if (from && value !== null) {
        answers[q.id] = value;
        prefilledFrom[q.id] = { assessmentKey: s.assessmentKey, questionId: from.id };
        break;
      }
    }
    if (q.id in answers || !facts) continue;
    const f = fact(q.concept, facts);
    const value = f ? convert(q, { ...q, type: f.as, choices: q.choices }, f.value) : null;
    if (f && value !== null) {
      answers[q.id] = value;
      prefilledFrom[q.id] = { aiSystemKey: facts.key, field: f.field };
    }
  }
  return { answers, prefilledFrom };
}
