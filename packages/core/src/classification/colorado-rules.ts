import type { DECISION_DOMAINS } from "../contracts/ai-systems.js";

type Domain = (typeof DECISION_DOMAINS)[number];

/**
 * The two Colorado laws as data. The one in force on `asOf` is chosen from the catalogs' application
 * dates (`effectiveFrom`): SB 24-205 (C.R.S. 6-1-1701 to 6-1-1707, duties from 30 June 2026 after
 * SB 25B-004) and SB 26-189 (automated decision-making technology, from 1 January 2027), which
 * repeals and re-enacts it. SB 26-189 is known from secondary sources only (DOMAIN.md §5.6 [S]).
 */
export type ColoradoVersion = {
  ref: "colorado-ai-act:sb24-205" | "colorado-ai-act:sb26-189";
  name: string;
  /** The catalog's risk-class tag for systems the law covers. */
  riskClass: string;
  /** What the law calls a covered system. */
  coveredLabel: string;
  /** The trigger in the law's words (our paraphrase) and where it is defined. */
  trigger: string;
  definition: string;
  /** Consequential-decision domains the law lists, with the provision of each. */
  domains: Partial<Record<Domain, string>>;
  /** The narrow-procedural-task and pattern-detection exclusion of the definition, when the law has it. */
  narrowExclusion: string | null;
  /** Requirements decided by a rule rather than by tags. */
  conditional: Record<string, string>;
  /** Caveat shown with every result under this version. */
  caveat: string | null;
};

const SB24_DOMAINS: Partial<Record<Domain, string>> = {
  education: "C.R.S. 6-1-1701(3)(a)",
  employment: "C.R.S. 6-1-1701(3)(b)",
  lending: "C.R.S. 6-1-1701(3)(c)",
  essential_government_services: "C.R.S. 6-1-1701(3)(d)",
  health_care: "C.R.S. 6-1-1701(3)(e)",
  housing: "C.R.S. 6-1-1701(3)(f)",
  insurance: "C.R.S. 6-1-1701(3)(g)",
  legal_services: "C.R.S. 6-1-1701(3)(h)",
};

/** SB 26-189 lists seven areas: legal services are reportedly no longer among them [S]. */
const SB26_DOMAINS: Partial<Record<Domain, string>> = {
  education: "SB 26-189, consequential decision: education",
  employment: "SB 26-189, consequential decision: employment",
  housing: "SB 26-189, consequential decision: housing",
  lending: "SB 26-189, consequential decision: financial or lending services",
  insurance: "SB 26-189, consequential decision: insurance",
  health_care: "SB 26-189, consequential decision: health-care services",
  essential_government_services: "SB 26-189, consequential decision: essential government services",
};

/** In order of application date; the evaluator picks the latest one in force on `asOf`, else the first. */
export const COLORADO_VERSIONS: readonly ColoradoVersion[] = [
  {
    ref: "colorado-ai-act:sb24-205",
    name: "Colorado SB 24-205",
    riskClass: "high-risk",
    coveredLabel: "high-risk AI system",
    trigger: "makes, or is a substantial factor in making, a consequential decision",
    definition: "C.R.S. 6-1-1701(9)",
    domains: SB24_DOMAINS,
    narrowExclusion: "C.R.S. 6-1-1701(9) (exclusions)",
    conditional: { "6-1-1704": "the system is intended to interact with consumers" },
    caveat: null,
  },
  {
    ref: "colorado-ai-act:sb26-189",
    name: "Colorado SB 26-189",
    riskClass: "covered-admt",
    coveredLabel: "covered automated decision-making technology",
    trigger: "processes personal data and materially influences a consequential decision",
    definition: "SB 26-189, definition of covered ADMT (section numbering unverified)",
    domains: SB26_DOMAINS,
    narrowExclusion: null,
    conditional: {},
    caveat:
      "The SB 26-189 catalog is built from secondary sources (Attorney General page, bill summaries); check the enacted text before relying on it.",
  },
];

/** Dates a reader needs, from DOMAIN.md §5 (the catalogs carry the same application dates). */
export const COLORADO_HISTORY = {
  sb24OriginalDate: "2026-02-01",
  sb25b004Signed: "2025-08-28",
  sb26Signed: "2026-05-14",
} as const;

export const COLORADO_SUPPORTS_REASON =
  "The system only supports the decision. Under SB 24-205 it is covered only if it is a substantial factor (it assists the decision and can change its outcome); under SB 26-189 only if it materially influences it. If either holds, record the decision role as 'substantial factor'.";
