/**
 * Sections of the built-in AI vendor questionnaire (ISO/IEC 42001 A.10.3), in our own words.
 * Split in two files (A and B) to keep files small; default-ai-vendor.ts puts them in order.
 */
import type { QuestionnaireContentInput, VqQuestionInput } from "./content.js";

export type SectionInput = QuestionnaireContentInput["sections"][number];

export const yesNo = (yes = 10, no = 0): VqQuestionInput["options"] => [
  { id: "yes", label: "Yes", score: yes },
  { id: "no", label: "No", score: no },
];
export const opt = (id: string, label: string, score = 0) => ({ id, label, score });
export const when = (questionId: string, ...anyOf: string[]) => ({ questionId, anyOf });
export const certStatus = [
  opt("certified", "Certified", 10),
  opt("in_progress", "Working towards it", 5),
  opt("no", "No", 0),
];

/** Contact, provenance, training data, data use, security, incidents. */
export const AI_VENDOR_SECTIONS_A: SectionInput[] = [
  {
    id: "contact",
    title: "Your contact for AI questions",
    description: "Who we can ask about the answers and about the AI in your product or service.",
    questions: [
      {
        id: "contact-name",
        text: "Name of the person responsible for AI questions",
        type: "text",
        required: true,
        weight: 0,
      },
      {
        id: "contact-email",
        text: "Their e-mail address and role",
        type: "text",
        required: true,
        weight: 0,
      },
    ],
  },
  {
    id: "provenance",
    title: "Model provenance",
    description: "Which AI models are behind what you supply to us.",
    questions: [
      {
        id: "models-used",
        text: "Which AI models does your product or service use? Give names and versions.",
        help: "For example: an in-house classifier v3.2, or a hosted large language model and its version.",
        type: "text",
        required: true,
        weight: 0,
      },
      {
        id: "model-source",
        text: "Are these models built by you or by third parties?",
        type: "single_choice",
        required: true,
        weight: 0,
        options: [
          opt("own", "Built and trained by us"),
          opt("third_party", "Provided by third parties"),
          opt("both", "Both"),
        ],
      },
      {
        id: "third-party-models",
        text: "Which third parties provide models, and under which terms do you use them?",
        type: "text",
        required: true,
        weight: 1,
        showIf: when("model-source", "third_party", "both"),
      },
      {
        id: "model-documentation",
        text: "Do you publish documentation of each model (intended use, limits, evaluation results)?",
        type: "single_choice",
        weight: 2,
        options: [
          opt("all", "Yes, for every model", 10),
          opt("some", "For some models", 5),
          opt("none", "No", 0),
        ],
      },
      {
        id: "model-change-notice",
        text: "Do you tell customers before you replace a model or change its version?",
        type: "yes_no",
        weight: 2,
        options: yesNo(),
      },
      {
        id: "model-change-notice-days",
        text: "How many days of notice do you give before such a change?",
        type: "number",
        weight: 0,
        showIf: when("model-change-notice", "yes"),
      },
    ],
  },
  {
    id: "training-data",
    title: "Training data and consent",
    description: "Where the data used to train or fine-tune the models came from, and on what basis.",
    questions: [
      {
        id: "training-sources",
        text: "Which kinds of data were used to train or fine-tune the models?",
        type: "multiple_choice",
        weight: 0,
        options: [
          opt("public_web", "Data collected from the public web"),
          opt("licensed", "Data sets licensed from others"),
          opt("own", "Data we collected ourselves"),
          opt("customer", "Data from our customers"),
          opt("synthetic", "Synthetic data"),
          opt("unknown", "We do not know (third-party model)"),
        ],
      },
      {
        id: "training-licensing",
        text: "Are the sources of training data recorded, and do you hold the rights or consent to use them?",
        type: "single_choice",
        required: true,
        weight: 3,
        options: [
          opt("all", "Recorded, with rights or consent for all of it", 10),
          opt("most", "Recorded for most of it", 5),
          opt("not_recorded", "Not recorded", 0),
        ],
      },
      {
        id: "training-personal-data",
        text: "Did the training data contain personal data?",
        type: "yes_no",
        required: true,
        weight: 0,
        options: yesNo(0, 0),
      },
      {
        id: "training-personal-basis",
        text: "On what legal basis was the personal data used, and how were people informed?",
        type: "text",
        required: true,
        weight: 2,
        showIf: when("training-personal-data", "yes"),
      },
    ],
  },
  {
    id: "data-use",
    title: "Use and retention of our data",
    description: "What happens to the data we send you and to the outputs you return.",
    questions: [
      {
        id: "customer-data-training",
        text: "Is our data (inputs, outputs, files) used to train or improve your models?",
        type: "single_choice",
        required: true,
        weight: 4,
        options: [
          opt("never", "Never", 10),
          opt("opt_in", "Only if we agree to it", 8),
          opt("opt_out", "Yes, unless we opt out", 3),
          opt("always", "Yes", 0),
        ],
      },
      {
        id: "retention-days",
        text: "For how many days do you keep our inputs and outputs?",
        help: "Enter 0 if nothing is kept after the request is answered.",
        type: "number",
        required: true,
        weight: 2,
      },
      {
        id: "deletion-on-request",
        text: "Will you delete our data, backups included, within 30 days when we ask?",
        type: "yes_no",
        required: true,
        weight: 3,
        options: yesNo(),
      },
      {
        id: "data-location",
        text: "Where is our data stored and processed?",
        type: "multiple_choice",
        required: true,
        weight: 0,
        options: [
          opt("eu", "EU / EEA"),
          opt("uk", "United Kingdom"),
          opt("us", "United States"),
          opt("other", "Elsewhere"),
        ],
      },
      {
        id: "data-location-other",
        text: "Which other countries, and what safeguards apply to transfers there?",
        type: "text",
        required: true,
        weight: 1,
        showIf: when("data-location", "other"),
      },
    ],
  },
  {
    id: "security",
    title: "Security",
    questions: [
      {
        id: "encryption",
        text: "Is our data encrypted in transit and at rest?",
        type: "single_choice",
        weight: 3,
        options: [opt("both", "Both", 10), opt("transit", "In transit only", 4), opt("none", "Neither", 0)],
      },
      {
        id: "access-control",
        text: "How is access to our data and to the models controlled?",
        type: "single_choice",
        weight: 3,
        options: [
          opt("strong", "Least privilege, multi-factor sign-in and regular access reviews", 10),
          opt("partial", "Some of these", 5),
          opt("none", "No formal control", 0),
        ],
      },
      {
        id: "pen-test",
        text: "Who tests the security of the service, including the AI features, by attacking it?",
        type: "single_choice",
        weight: 3,
        options: [
          opt("independent", "An independent firm, at least once a year", 10),
          opt("internal", "Our own team", 5),
          opt("none", "Nobody", 0),
        ],
      },
      {
        id: "pen-test-date",
        text: "When was the last such test finished?",
        type: "date",
        weight: 0,
        showIf: when("pen-test", "independent", "internal"),
      },
      {
        id: "soc2-report",
        text: "Do you have a current SOC 2 report?",
        type: "yes_no",
        weight: 2,
        options: yesNo(),
      },
      {
        id: "soc2-report-file",
        text: "Please upload the report or its summary (bridge letter if older than 12 months).",
        type: "file",
        weight: 1,
        showIf: when("soc2-report", "yes"),
      },
    ],
  },
  {
    id: "incidents",
    title: "Incident notification",
    description: "Security breaches and AI incidents: harmful or wrong outputs, failures, misuse.",
    questions: [
      {
        id: "ai-incident-process",
        text: "Do you have a written process for handling AI incidents, not only security breaches?",
        type: "yes_no",
        required: true,
        weight: 3,
        options: yesNo(),
      },
      {
        id: "notice-hours",
        text: "Within how many hours will you tell us about a breach or a serious AI incident that affects us?",
        help: "Our reviewer scores the answer against our contract terms.",
        type: "number",
        required: true,
        weight: 3,
      },
      {
        id: "incidents-last-year",
        text: "Did you have a serious AI incident or data breach in the last 12 months?",
        type: "yes_no",
        required: true,
        weight: 2,
        options: yesNo(3, 10),
      },
      {
        id: "incident-details",
        text: "What happened, and what did you change afterwards?",
        type: "text",
        required: true,
        weight: 2,
        showIf: when("incidents-last-year", "yes"),
      },
    ],
  },
];
