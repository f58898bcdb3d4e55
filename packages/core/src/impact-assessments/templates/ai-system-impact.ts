/**
 * The AI system impact assessment (ISO/IEC 42001 6.1.4, 8.4, A.5.2–A.5.5), laid out after the
 * documentation topics of ISO/IEC 42005 clause 6. Every question is in our own words.
 */
import type { ImpactAssessmentTemplateInput } from "../template-model.js";
import { IMPACT_COLUMNS, affectedGroupsQuestion, longText, standardScoring } from "./shared.js";

export const AI_SYSTEM_IMPACT: ImpactAssessmentTemplateInput = {
  id: "ai-system-impact",
  version: 1,
  title: "AI system impact assessment",
  description:
    "How the system could affect individuals, groups and society over its life cycle, how likely and severe each effect is, and what is done about it. Its answers pre-fill the EU FRIA and the Colorado deployer assessment.",
  legalBasis: ["ISO/IEC 42001 6.1.4, 8.4, A.5", "ISO/IEC 42005"],
  validityMonths: 12,
  scoring: standardScoring("impacts"),
  sections: [
    {
      id: "purpose_context",
      title: "Purpose and context",
      description: "What the system is for and where it runs.",
      questions: [
        longText(
          "system_description",
          "Describe the system in a few sentences",
          "What it does, what it takes in and what it produces.",
        ),
        longText("intended_purpose", "What is the system for?", "The problem it solves and for whom.", {
          concept: "intended_purpose",
        }),
        longText(
          "deployment_context",
          "Where and how is it deployed?",
          "The business process it sits in, its users, the places and languages it operates in.",
          { concept: "deployment_context" },
        ),
        longText(
          "expected_benefits",
          "What benefits are expected?",
          "For the organization, users and affected people.",
          {
            concept: "expected_benefits",
            required: false,
          },
        ),
        {
          id: "deployment_geography",
          type: "text",
          label: "Countries or states where it is used",
          concept: "deployment_geography",
        },
      ],
    },
    {
      id: "use",
      title: "Intended use and foreseeable misuse",
      questions: [
        longText("intended_use", "Intended uses", "The uses the system is designed and allowed for.", {
          concept: "intended_use",
        }),
        longText(
          "foreseeable_misuse",
          "Reasonably foreseeable misuse",
          "Uses outside the intended ones that someone could plausibly attempt, on purpose or by mistake.",
          { concept: "foreseeable_misuse" },
        ),
        {
          id: "period_and_frequency",
          type: "long_text",
          label: "How long and how often will it be used?",
          concept: "period_and_frequency",
        },
        {
          id: "decision_role",
          type: "single_choice",
          label: "What role does its output play in decisions about people?",
          required: true,
          concept: "decision_role",
          choices: [
            { value: "none", label: "No decisions about people", score: 0 },
            { value: "supports", label: "Informs a person who decides", score: 0 },
            { value: "substantial_factor", label: "A substantial factor in the decision", score: 1 },
            { value: "makes", label: "Makes the decision", score: 2 },
          ],
        },
      ],
    },
    {
      id: "affected",
      title: "Affected individuals, groups and society",
      questions: [
        longText(
          "affected_persons",
          "Who is affected?",
          "People using the system, people it decides about, and others touched indirectly.",
          {
            concept: "affected_persons",
          },
        ),
        affectedGroupsQuestion("Affected groups", "One row per group; mark groups that are vulnerable."),
        {
          id: "vulnerable_groups",
          type: "yes_no",
          label: "Are children or other vulnerable people among those affected?",
          required: true,
          yesScore: 1,
          concept: "vulnerable_groups_present",
        },
        longText("vulnerable_detail", "Which vulnerable people, and what extra care do they need?", "", {
          showIf: { questionId: "vulnerable_groups", equals: true },
        }),
      ],
    },
    {
      id: "data",
      title: "Data",
      questions: [
        {
          id: "processes_personal_data",
          type: "yes_no",
          label: "Does the system process personal data?",
          required: true,
          concept: "processes_personal_data",
        },
        longText("data_categories", "Categories of personal data used as inputs", "", {
          showIf: { questionId: "processes_personal_data", equals: true },
          concept: "data_categories",
        }),
        longText(
          "data_sources",
          "Where does the data come from?",
          "Training, evaluation and operational data, and their provenance.",
          {
            concept: "data_sources",
          },
        ),
        longText(
          "output_categories",
          "What does the system output?",
          "Scores, labels, text, recommendations…",
          {
            concept: "output_categories",
          },
        ),
        longText("customization_data", "Data used to fine-tune or customize the system, if any", "", {
          required: false,
          concept: "customization_data",
        }),
        longText(
          "data_quality",
          "How is data quality checked?",
          "Completeness, representativeness, labelling, drift.",
          {
            required: false,
          },
        ),
      ],
    },
    {
      id: "impacts",
      title: "Identified impacts",
      description: "Harms and benefits, each with severity and likelihood; the worst harm drives the score.",
      questions: [
        {
          id: "impacts",
          type: "table",
          label: "Impacts",
          help: "One row per effect on individuals, groups, society or the environment.",
          required: true,
          concept: "impacts",
          columns: IMPACT_COLUMNS,
        },
        longText(
          "failure_effects",
          "What happens when the system fails or is wrong?",
          "Errors, outages, false positives and negatives.",
        ),
      ],
    },
    {
      id: "fairness",
      title: "Fairness and bias",
      questions: [
        longText(
          "bias_testing",
          "How was the system tested for unfair outcomes between groups?",
          "Methods, groups compared and results.",
          {
            concept: "bias_testing",
          },
        ),
      ],
    },
    {
      id: "transparency",
      title: "Transparency and explainability",
      questions: [
        longText("transparency_measures", "How are people told that AI is used and how it works?", "", {
          concept: "transparency_measures",
        }),
        {
          id: "explainability",
          type: "scale",
          label: "How well can an individual output be explained to the person it concerns?",
          required: true,
          scale: { min: 1, max: 5, labels: ["Not at all", "Poorly", "Partly", "Well", "Fully"] },
        },
      ],
    },
    {
      id: "oversight",
      title: "Human oversight",
      questions: [
        longText(
          "human_oversight",
          "Who oversees the system and how can they intervene?",
          "Review, override, stop.",
          {
            concept: "human_oversight_measures",
          },
        ),
      ],
    },
    {
      id: "safety",
      title: "Safety, robustness and performance",
      questions: [
        longText("performance_metrics", "Which metrics show that the system performs as intended?", "", {
          concept: "performance_metrics",
        }),
        longText(
          "known_limitations",
          "Known limitations",
          "Conditions in which it performs worse or should not be used.",
          {
            concept: "known_limitations",
          },
        ),
        longText(
          "robustness",
          "Robustness and security measures",
          "Resistance to errors, manipulation and attacks.",
          {
            required: false,
          },
        ),
      ],
    },
    {
      id: "privacy",
      title: "Privacy",
      questions: [
        longText("privacy_impacts", "Effects on privacy and how they are limited", "", {
          showIf: { questionId: "processes_personal_data", equals: true },
        }),
        {
          id: "dpia",
          type: "single_choice",
          label: "Data protection impact assessment",
          required: true,
          showIf: { questionId: "processes_personal_data", equals: true },
          choices: [
            { value: "done", label: "Done" },
            { value: "planned", label: "Planned" },
            { value: "not_needed", label: "Not needed" },
          ],
        },
      ],
    },
    {
      id: "environment",
      title: "Environmental impact",
      questions: [
        longText("environmental_impact", "Energy, compute and other environmental effects", "", {
          required: false,
        }),
      ],
    },
    {
      id: "mitigation",
      title: "Mitigation and monitoring",
      questions: [
        longText("mitigation_measures", "Measures that address the harms", "", {
          concept: "mitigation_measures",
        }),
        longText("monitoring", "How is the system monitored after deployment?", "", {
          concept: "post_deployment_monitoring",
        }),
        longText("complaints", "How can affected people complain or seek redress?", "", {
          concept: "complaint_mechanisms",
        }),
      ],
    },
    {
      id: "conclusion",
      title: "Conclusion",
      questions: [
        {
          id: "conclusion",
          type: "single_choice",
          label: "Recommendation",
          required: true,
          choices: [
            { value: "proceed", label: "Proceed" },
            { value: "proceed_with_conditions", label: "Proceed with conditions" },
            { value: "do_not_proceed", label: "Do not proceed" },
          ],
        },
        longText("conditions", "Conditions to meet", "", {
          showIf: { questionId: "conclusion", equals: "proceed_with_conditions" },
        }),
        longText("summary", "Summary of the assessment", "", { concept: "assessment_summary" }),
      ],
    },
  ],
};
