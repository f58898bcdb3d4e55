/**
 * The EU AI Act fundamental rights impact assessment (Art. 27(1)(a)–(f)) with the notification of
 * its results to the market surveillance authority (Art. 27(3)). Our own wording of each point.
 */
import type { ImpactAssessmentTemplateInput } from "../template-model.js";
import { IMPACT_COLUMNS, affectedGroupsQuestion, longText, standardScoring } from "./shared.js";

export const EU_FRIA: ImpactAssessmentTemplateInput = {
  id: "eu-fria",
  version: 1,
  title: "Fundamental rights impact assessment (EU AI Act)",
  description:
    "Required of certain deployers before first use of an Annex III high-risk system: public bodies, private entities providing public services, and deployers assessing creditworthiness or pricing life and health insurance.",
  legalBasis: ["EU AI Act Art. 27"],
  validityMonths: 12,
  scoring: standardScoring("risks_of_harm"),
  sections: [
    {
      id: "process",
      title: "(a) The deployer's process and purpose",
      questions: [
        {
          id: "deployer_type",
          type: "single_choice",
          label: "Why does the deployer need this assessment?",
          required: true,
          choices: [
            { value: "public_body", label: "Body governed by public law", score: 1 },
            { value: "public_service", label: "Private entity providing public services", score: 1 },
            { value: "credit_insurance", label: "Creditworthiness or life/health insurance pricing" },
            { value: "voluntary", label: "Voluntary" },
          ],
        },
        longText("deployer_process", "In which of your processes is the system used?", "", {
          concept: "deployment_context",
        }),
        longText(
          "intended_purpose",
          "For what purpose?",
          "Consistent with the provider's intended purpose.",
          {
            concept: "intended_purpose",
          },
        ),
      ],
    },
    {
      id: "period",
      title: "(b) Period and frequency of use",
      questions: [
        longText("period_and_frequency", "For how long and how often will the system be used?", "", {
          concept: "period_and_frequency",
        }),
      ],
    },
    {
      id: "persons",
      title: "(c) People and groups likely to be affected",
      questions: [
        longText("affected_persons", "Which people are likely to be affected in this use?", "", {
          concept: "affected_persons",
        }),
        affectedGroupsQuestion("Categories of natural persons and groups", "One row per category."),
      ],
    },
    {
      id: "risks",
      title: "(d) Specific risks of harm",
      questions: [
        {
          id: "risks_of_harm",
          type: "table",
          label: "Risks of harm to the people and groups above",
          help: "Which fundamental rights could be harmed, how badly and how likely.",
          required: true,
          concept: "impacts",
          columns: IMPACT_COLUMNS,
        },
        longText(
          "provider_information",
          "Which information from the provider did you take into account?",
          "The instructions for use and other information the provider must give deployers (Art. 13).",
        ),
      ],
    },
    {
      id: "oversight",
      title: "(e) Human oversight",
      questions: [
        longText(
          "human_oversight",
          "How is human oversight carried out, following the instructions for use?",
          "",
          {
            concept: "human_oversight_measures",
          },
        ),
      ],
    },
    {
      id: "measures",
      title: "(f) Measures if the risks materialise",
      questions: [
        longText("measures", "What will you do if a risk materialises?", "", {
          concept: "mitigation_measures",
        }),
        longText(
          "governance",
          "Internal governance arrangements",
          "Who decides, who is told, how the use can be stopped.",
        ),
        longText("complaints", "Complaint mechanisms for affected people", "", {
          concept: "complaint_mechanisms",
        }),
      ],
    },
    {
      id: "notification",
      title: "Notification to the market surveillance authority",
      questions: [
        {
          id: "notification_status",
          type: "single_choice",
          label: "Have the results been notified to the market surveillance authority?",
          help: "Using the questionnaire template of the AI Office.",
          required: true,
          choices: [
            { value: "notified", label: "Notified" },
            { value: "planned", label: "Not yet: planned before first use" },
            { value: "exempt", label: "Exempt (Art. 46(1) derogation)" },
          ],
        },
        {
          id: "authority",
          type: "text",
          label: "Authority",
          required: true,
          showIf: { questionId: "notification_status", anyOf: ["notified", "planned"] },
        },
        {
          id: "notified_on",
          type: "date",
          label: "Date of notification",
          required: true,
          showIf: { questionId: "notification_status", equals: "notified" },
        },
        {
          id: "dpia_reference",
          type: "text",
          label: "Data protection impact assessment this complements, if any",
          help: "Art. 27(4): where a DPIA covers some points, the FRIA complements it.",
        },
      ],
    },
  ],
};
