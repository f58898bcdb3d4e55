/** The built-in impact-assessment templates, validated when the module loads. */
import { DomainError } from "../errors/domain-error.js";
import {
  allQuestions,
  ImpactAssessmentTemplate,
  type ImpactAssessmentTemplateInput,
} from "./template-model.js";
import { AI_SYSTEM_IMPACT } from "./templates/ai-system-impact.js";
import { COLORADO_DEPLOYER } from "./templates/colorado-deployer.js";
import { EU_FRIA } from "./templates/eu-fria.js";

/** Mistakes that make a template unusable: duplicate ids, dangling conditions, missing choices. */
export function templateProblems(t: ImpactAssessmentTemplate): string[] {
  const problems: string[] = [];
  const questions = allQuestions(t);
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) problems.push(`question ${q.id} appears twice`);
    if (q.showIf && !seen.has(q.showIf.questionId))
      problems.push(`question ${q.id} depends on ${q.showIf.questionId}, which is not an earlier question`);
    seen.add(q.id);
    if ((q.type === "single_choice" || q.type === "multi_choice") && !q.choices?.length)
      problems.push(`question ${q.id} has no choices`);
    if (q.type === "scale" && !q.scale) problems.push(`question ${q.id} has no scale`);
    if (q.type === "table") {
      if (!q.columns?.length) problems.push(`table ${q.id} has no columns`);
      for (const c of q.columns ?? []) {
        if (c.type === "single_choice" && !c.choices?.length)
          problems.push(`column ${q.id}.${c.id} has no choices`);
        if (c.type === "scale" && !c.scale) problems.push(`column ${q.id}.${c.id} has no scale`);
      }
    }
  }
  const table = questions.find((q) => q.id === t.scoring.impactsQuestionId);
  if (!table || table.type !== "table")
    problems.push(`scoring table ${t.scoring.impactsQuestionId} is missing`);
  else
    for (const col of [t.scoring.severityColumn, t.scoring.likelihoodColumn, t.scoring.kindColumn]) {
      if (col && !table.columns?.some((c) => c.id === col)) problems.push(`scoring column ${col} is missing`);
    }
  return problems;
}

function load(input: ImpactAssessmentTemplateInput): ImpactAssessmentTemplate {
  const t = ImpactAssessmentTemplate.parse(input);
  const problems = templateProblems(t);
  if (problems.length) throw new Error(`template ${t.id}: ${problems.join("; ")}`);
  return t;
}

/** Every template the product offers (ISO/IEC 42001 A.5.2 process; EU AI Act Art. 27; C.R.S. 6-1-1703(3)). */
export const IMPACT_ASSESSMENT_TEMPLATES: readonly ImpactAssessmentTemplate[] = [
  load(AI_SYSTEM_IMPACT),
  load(EU_FRIA),
  load(COLORADO_DEPLOYER),
];

export const TEMPLATE_IDS = ["ai-system-impact", "eu-fria", "colorado-deployer"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** One template by id; an unknown id is NOT_FOUND. */
export function impactAssessmentTemplate(id: string): ImpactAssessmentTemplate {
  const t = IMPACT_ASSESSMENT_TEMPLATES.find((x) => x.id === id);
  if (!t) throw new DomainError("NOT_FOUND", `impact assessment template ${id} not found`);
  return t;
}
