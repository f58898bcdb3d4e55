/**
 * The built-in questionnaire for suppliers of AI components and services (ISO/IEC 42001 A.10.3),
 * written by the OpenAIMS project. Organizations adopt it as a draft and adapt it to their needs.
 * Scores: 10 is the answer we hope for, 0 the one that raises concern; weight 0 means "asked for
 * context, not scored".
 */
import type { QuestionnaireContentInput } from "./content.js";
import { AI_VENDOR_SECTIONS_A } from "./default-ai-vendor-a.js";
import { AI_VENDOR_SECTIONS_B } from "./default-ai-vendor-b.js";

export type BuiltinQuestionnaire = {
  /** Stable name used by the API (`/builtin/:slug/adopt`) and kept as the adopted template's origin. */
  slug: string;
  name: string;
  description: string;
  content: QuestionnaireContentInput;
};

export const DEFAULT_AI_VENDOR_QUESTIONNAIRE: BuiltinQuestionnaire = {
  slug: "ai-vendor",
  name: "AI vendor due diligence",
  description:
    "Questions for suppliers of AI models, AI features and AI services: where the models come from, how " +
    "data is used and protected, how incidents are handled, how the system is tested and overseen, and " +
    "where the supplier stands on ISO/IEC 42001, ISO/IEC 27001 and the EU AI Act.",
  content: {
    ratingBands: { low: 80, medium: 60, high: 40 },
    sections: [...AI_VENDOR_SECTIONS_A, ...AI_VENDOR_SECTIONS_B],
  },
};

/** Questionnaires shipped with OpenAIMS that an organization can adopt as a draft template. */
export const BUILTIN_QUESTIONNAIRES: readonly BuiltinQuestionnaire[] = [DEFAULT_AI_VENDOR_QUESTIONNAIRE];
