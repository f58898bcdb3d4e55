/** Building blocks the templates share: scales and the columns of the affected-groups and impacts tables. */
import type { z } from "zod";
import type { Column, Question, Scale } from "../template-model.js";

type ColumnInput = z.input<typeof Column>;
type QuestionInput = z.input<typeof Question>;

export const SEVERITY: Scale = {
  min: 1,
  max: 5,
  labels: ["Negligible", "Minor", "Moderate", "Major", "Severe"],
};
export const LIKELIHOOD: Scale = {
  min: 1,
  max: 5,
  labels: ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
};

/** Harm categories after the ISO/IEC 42005 style of taxonomy, in our own words. */
export const IMPACT_CATEGORIES = [
  { value: "fairness", label: "Fairness and discrimination" },
  { value: "human_rights", label: "Fundamental rights" },
  { value: "privacy", label: "Privacy and data protection" },
  { value: "safety", label: "Physical safety and health" },
  { value: "financial", label: "Financial or economic" },
  { value: "psychological", label: "Psychological well-being" },
  { value: "societal", label: "Society and democratic processes" },
  { value: "environmental", label: "Environment" },
  { value: "other", label: "Other" },
];

/** Columns of every table of identified impacts; concepts let rows move between templates. */
export const IMPACT_COLUMNS: ColumnInput[] = [
  { id: "title", label: "Impact", type: "text", required: true, concept: "impact_title" },
  {
    id: "kind",
    label: "Harm or benefit",
    type: "single_choice",
    required: true,
    concept: "impact_kind",
    choices: [
      { value: "harm", label: "Harm" },
      { value: "benefit", label: "Benefit" },
    ],
  },
  {
    id: "category",
    label: "Category",
    type: "single_choice",
    required: true,
    concept: "impact_category",
    choices: IMPACT_CATEGORIES,
  },
  { id: "affected", label: "Who is affected", type: "text", concept: "impact_affected" },
  { id: "description", label: "How it happens", type: "long_text", concept: "impact_description" },
  {
    id: "severity",
    label: "Severity",
    type: "scale",
    required: true,
    concept: "impact_severity",
    scale: SEVERITY,
  },
  {
    id: "likelihood",
    label: "Likelihood",
    type: "scale",
    required: true,
    concept: "impact_likelihood",
    scale: LIKELIHOOD,
  },
  {
    id: "reversibility",
    label: "Reversibility",
    type: "single_choice",
    concept: "impact_reversibility",
    choices: [
      { value: "reversible", label: "Easily reversed" },
      { value: "hard", label: "Hard to reverse" },
      { value: "irreversible", label: "Irreversible" },
    ],
  },
  { id: "mitigation", label: "Mitigation", type: "long_text", concept: "impact_mitigation" },
];

export const AFFECTED_GROUP_COLUMNS: ColumnInput[] = [
  { id: "group", label: "Group", type: "text", required: true, concept: "group_name" },
  {
    id: "relation",
    label: "Directly or indirectly",
    type: "single_choice",
    concept: "group_relation",
    choices: [
      { value: "direct", label: "Directly affected" },
      { value: "indirect", label: "Indirectly affected" },
    ],
  },
  { id: "vulnerable", label: "Vulnerable", type: "yes_no", concept: "group_vulnerable" },
  { id: "effect", label: "How the system touches them", type: "long_text", concept: "group_effect" },
];

/** The table of affected individuals and groups. */
export const affectedGroupsQuestion = (label: string, help: string): QuestionInput => ({
  id: "affected_groups",
  type: "table",
  label,
  help,
  required: true,
  concept: "affected_groups",
  columns: AFFECTED_GROUP_COLUMNS,
});

/** Severity × likelihood bands of the worst harm (out of 25) and the escalation threshold. */
export const standardScoring = (impactsQuestionId: string) => ({
  impactsQuestionId,
  severityColumn: "severity",
  likelihoodColumn: "likelihood",
  kindColumn: "kind",
  harmValues: ["harm"],
  bands: [4, 9, 15] as [number, number, number],
  escalateAt: 3,
});

/** A free-text question (most questions are). */
export const longText = (
  id: string,
  label: string,
  help: string,
  extra: Partial<QuestionInput> = {},
): QuestionInput => ({ id, type: "long_text", label, help, required: true, ...extra });
