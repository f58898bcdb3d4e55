import type { PROHIBITED_PRACTICES } from "../contracts/ai-systems.js";
import type { BooleanFact } from "./eu-ai-act-rules.js";

type Practice = (typeof PROHIBITED_PRACTICES)[number];

/**
 * Texas Responsible Artificial Intelligence Governance Act (HB 149, Tex. Bus. & Com. Code
 * ch. 551–554) as data. TRAIGA has no risk tiers: its Subchapter B prohibitions bind anyone who
 * develops or deploys AI in Texas, two of them only governmental entities, and its disclosure duty
 * binds governmental agencies and health-care providers (DOMAIN.md §6.1 [V]).
 */
export const TEXAS_REF = "texas-traiga:hb149";
export const TEXAS = "Tex. Bus. & Com. Code";

/** Requirements decided by a rule rather than by tags. */
export const TEXAS_CONDITIONAL: Record<string, string> = {
  "552.051":
    "governmental entity whose system interacts with consumers, or health-care provider using AI in a service or treatment",
};

/**
 * Where the EU prohibited-practice screening (or a biometric fact) overlaps a Texas prohibition.
 * `governmentOnly`: the Texas ban binds governmental entities only.
 */
export const TEXAS_OVERLAPS: {
  section: string;
  code: string;
  practices: Practice[];
  facts: BooleanFact[];
  governmentOnly: boolean;
  conclusion: string;
  reason: string;
}[] = [
  {
    section: "552.052",
    code: "texas.prohibition.manipulation",
    practices: ["subliminal_manipulation", "exploiting_vulnerabilities"],
    facts: [],
    governmentOnly: false,
    conclusion: "Check the Texas ban on AI that incites harm",
    reason:
      "The screening found manipulative techniques. Texas bans developing or deploying AI that intentionally aims to incite or encourage self-harm, harm to others or criminal activity; check whether the system's aim goes that far.",
  },
  {
    section: "552.053",
    code: "texas.prohibition.social_scoring",
    practices: ["social_scoring"],
    facts: [],
    governmentOnly: true,
    conclusion: "Prohibited in Texas: social scoring by a governmental entity",
    reason:
      "The screening found social scoring and the organization is a governmental entity; Texas forbids governmental entities to assign social scores that lead to unrelated or disproportionate detriment or infringe rights.",
  },
  {
    section: "552.054",
    code: "texas.prohibition.biometric_identification",
    practices: ["untargeted_face_scraping", "realtime_remote_biometric_identification"],
    facts: ["remoteBiometricIdentification"],
    governmentOnly: true,
    conclusion: "Prohibited in Texas without consent: biometric identification by a governmental entity",
    reason:
      "The system identifies people from biometric data or gathered images and the organization is a governmental entity; Texas forbids this without consent where it would infringe constitutional or other legal rights.",
  },
];

/** The intent-based prohibitions that bind every developer and deployer (shown as one finding). */
export const TEXAS_GENERAL_PROHIBITIONS = [
  "552.052 incitement of self-harm, harm to others or crime",
  "552.055 infringing constitutional rights",
  "552.056 intentional unlawful discrimination (disparate impact alone does not show intent)",
  "552.057 (developers and distributors) AI made to produce child sexual abuse material or unlawful sexual deep fakes",
];
