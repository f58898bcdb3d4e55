/**
 * The Colorado deployer impact assessment (C.R.S. 6-1-1703(3)(b), SB 24-205): the minimum contents
 * (I)–(VII) and, after an intentional and substantial modification, whether use stayed within the
 * developer's intended uses (6-1-1703(3)(c)). Our own wording of each point.
 */
import type { ImpactAssessmentTemplateInput } from "../template-model.js";
import { IMPACT_COLUMNS, longText, standardScoring } from "./shared.js";

export const COLORADO_DEPLOYER: ImpactAssessmentTemplateInput = {
  id: "colorado-deployer",
  version: 1,
  title: "Colorado deployer impact assessment",
  description:
    "For each high-risk AI system a deployer uses in Colorado: at deployment, at least once a year and within 90 days after an intentional and substantial modification.",
  legalBasis: ["Colorado SB 24-205 6-1-1703(3)"],
  validityMonths: 12,
  scoring: standardScoring("discrimination_risks"),
  sections: [
    {
      id: "purpose",
      title: "(I) Purpose, intended uses, context and benefits",
      questions: [
        longText("purpose", "Purpose of the system", "", { concept: "intended_purpose" }),
        longText("intended_use_cases", "Intended use cases", "", { concept: "intended_use" }),
        longText("deployment_context", "Deployment context", "", { concept: "deployment_context" }),
        longText("benefits", "Benefits", "", { concept: "expected_benefits" }),
      ],
    },
    {
      id: "discrimination",
      title: "(II) Risks of algorithmic discrimination",
      questions: [
        {
          id: "discrimination_risks",
          type: "table",
          label: "Known or reasonably foreseeable risks of algorithmic discrimination",
          help: "Pre-filled with the fairness and fundamental-rights impacts of other assessments.",
          required: true,
          concept: "impacts",
          columns: IMPACT_COLUMNS,
          prefillFilter: { concept: "impact_category", anyOf: ["fairness", "human_rights"] },
        },
        longText("discrimination_analysis", "How were these risks analysed?", "", {
          concept: "bias_testing",
        }),
        longText("mitigation", "Steps taken to mitigate them", "", { concept: "mitigation_measures" }),
      ],
    },
    {
      id: "data",
      title: "(III)–(IV) Data",
      questions: [
        longText("input_data", "Categories of data the system takes as inputs", "", {
          concept: "data_categories",
        }),
        longText("outputs", "Outputs the system produces", "", { concept: "output_categories" }),
        {
          id: "customized",
          type: "yes_no",
          label: "Did you use your own data to customize the system?",
          required: true,
          yesScore: 1,
        },
        longText("customization_data", "Categories of data used to customize it", "", {
          concept: "customization_data",
          showIf: { questionId: "customized", equals: true },
        }),
      ],
    },
    {
      id: "performance",
      title: "(V) Performance and limitations",
      questions: [
        longText("performance_metrics", "Metrics used to evaluate performance", "", {
          concept: "performance_metrics",
        }),
        longText("known_limitations", "Known limitations", "", { concept: "known_limitations" }),
      ],
    },
    {
      id: "transparency",
      title: "(VI) Transparency",
      questions: [
        longText("transparency_measures", "Transparency measures", "", { concept: "transparency_measures" }),
        {
          id: "consumer_notice",
          type: "yes_no",
          label: "Are consumers told that a high-risk AI system is used when it is?",
          required: true,
          concept: "ai_disclosure",
        },
      ],
    },
    {
      id: "monitoring",
      title: "(VII) Post-deployment monitoring and safeguards",
      questions: [
        longText("monitoring", "How is the system monitored after deployment?", "", {
          concept: "post_deployment_monitoring",
        }),
        longText("user_safeguards", "User safeguards: oversight, use and learning process", "", {
          concept: "human_oversight_measures",
        }),
      ],
    },
    {
      id: "modification",
      title: "After a substantial modification",
      questions: [
        {
          id: "post_modification",
          type: "yes_no",
          label: "Is this assessment made after an intentional and substantial modification?",
          required: true,
        },
        longText(
          "use_consistency",
          "Was the system used consistently with the developer's intended uses, or how did use differ?",
          "",
          { showIf: { questionId: "post_modification", equals: true } },
        ),
      ],
    },
  ],
};
