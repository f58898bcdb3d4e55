// OpenAIMS data for Colorado SB 26-189 "Automated Decision-Making Technology", which repeals and
// re-enacts C.R.S. 6-1-1701 et seq. from 1 Jan 2027. We have NOT read the enacted text: the content
// below comes from secondary sources (Colorado AG AI page, bill summaries, everyailaw.com), so ids
// are descriptive slugs rather than statute numbers, and citations say where numbering is reported.

export const meta = {
  id: "colorado-ai-act",
  version: "sb26-189",
  name: "Colorado SB 26-189 Automated Decision-Making Technology (repeals and re-enacts C.R.S. 6-1-1701 et seq.)",
  shortName: "Colorado SB 26-189",
  publisher: "Colorado General Assembly",
  kind: "law",
  jurisdiction: "Colorado, United States",
  publishedOn: "2026-05-14",
  effectiveFrom: "2027-01-01",
  supersedes: "colorado-ai-act:sb24-205",
  url: "https://leg.colorado.gov/bills/sb26-189",
  sources: [
    "coag.gov/resources/ai (Colorado Attorney General): signature in May 2026, effective 1 Jan 2027, AG rulemaking before then",
    "Bill summaries on billtrack50.com, catallaxcore.com, tzun.ai and everyailaw.com (secondary)",
    "../shared/reference/DOMAIN.md section 5.6",
  ],
  notes: [
    "Secondary sources only: verify every item against the enacted text before relying on it, then publish a corrected version of this catalog.",
    "Ids are descriptive because section numbering was not verified; the citation field repeats numbering reported by everyailaw.com where it exists.",
    "Risk class used: covered-admt (automated decision-making technology that materially influences a consequential decision).",
    "Reportedly dropped from SB 24-205: the risk management program, annual impact assessments, the reasonable-care duty and the NIST/ISO-based affirmative defense.",
  ],
};

const DEV = ["developer"];
const DEP = ["deployer"];
const ADMT = ["covered-admt"];
const reported = (ref) => `C.R.S. ${ref} (numbering as reported by secondary sources)`;

/** [id, parent, kind, assessable, title, summary, extra] in document order. */
export const requirements = [
  ["definitions", null, "topic", false, "Definitions", "Terms that decide whether the law applies: covered ADMT, consequential decision, adverse outcome, developer and deployer.", {}],
  ["covered-admt", "definitions", "reference", false, "Covered automated decision-making technology", "Technology that processes personal data to produce predictions, scores, rankings or recommendations used to make or guide decisions about a person, when it materially influences a consequential decision.", {}],
  ["adverse-outcome", "definitions", "reference", false, "Adverse outcome", "A denial, termination or other significant negative effect on a person's access to an opportunity or service.", {}],
  ["consequential-decision", "definitions", "category", false, "Consequential decision", "A decision about a person's access to, eligibility for or compensation related to one of seven areas.", {}],
  ["consequential-decision-education", "consequential-decision", "reference", false, "Education", "Decisions on access to or eligibility for education.", {}],
  ["consequential-decision-employment", "consequential-decision", "reference", false, "Employment", "Decisions on hiring, pay or other employment terms.", {}],
  ["consequential-decision-housing", "consequential-decision", "reference", false, "Housing", "Decisions on access to housing.", {}],
  ["consequential-decision-financial", "consequential-decision", "reference", false, "Financial or lending services", "Decisions on credit, lending or other financial services.", {}],
  ["consequential-decision-insurance", "consequential-decision", "reference", false, "Insurance", "Decisions on insurance eligibility or terms.", {}],
  ["consequential-decision-health-care", "consequential-decision", "reference", false, "Health-care services", "Decisions on access to health-care services.", {}],
  ["consequential-decision-government-services", "consequential-decision", "reference", false, "Essential government services", "Decisions on essential government services and public benefits.", {}],

  ["developer-duties", null, "topic", false, "Developer duties", "What a developer of covered ADMT owes the deployers that use it.", { roles: DEV, riskClasses: ADMT }],
  ["developer-documentation", "developer-duties", "obligation", true, "Technical documentation for deployers", "Give deployers a statement of intended and known harmful uses, training-data categories, known limitations and risks, and instructions for use, monitoring and meaningful human review.", { roles: DEV, riskClasses: ADMT, citation: reported("6-1-1702(1)") }],
  ["developer-update-notices", "developer-duties", "obligation", true, "Notice of material updates", "Tell deployers within a reasonable time about material updates, substantial modifications and changes to intended use, limitations or risk mitigation.", { roles: DEV, riskClasses: ADMT, citation: reported("6-1-1702(2)") }],
  ["developer-records", "developer-duties", "obligation", true, "Developer records", "Keep version identifiers, change logs and update notices for at least three years to show compliance.", { roles: DEV, riskClasses: ADMT, citation: reported("6-1-1702(4)") }],

  ["deployer-duties", null, "topic", false, "Deployer duties", "What a deployer using covered ADMT owes the people decided about.", { roles: DEP, riskClasses: ADMT }],
  ["deployer-notice", "deployer-duties", "obligation", true, "Point-of-interaction notice", "Before covered ADMT influences a consequential decision, give the person a clear notice and a way to get more information.", { roles: DEP, riskClasses: ADMT, citation: reported("6-1-1704(1)") }],
  ["deployer-adverse-outcome-explanation", "deployer-duties", "obligation", true, "Explanation after an adverse outcome", "Within 30 days of an adverse outcome, explain in plain language the decision and the ADMT's role, with a simple way to request more information.", { roles: DEP, riskClasses: ADMT }],
  ["deployer-records", "deployer-duties", "obligation", true, "Deployer records", "Keep records showing compliance for at least three years after each consequential decision.", { roles: DEP, riskClasses: ADMT }],

  ["consumer-rights", null, "topic", false, "Consumer rights", "Rights a person has after an adverse outcome, which the deployer must make usable.", { roles: DEP, riskClasses: ADMT }],
  ["consumer-data-correction", "consumer-rights", "obligation", true, "Access to and correction of personal data", "On request after an adverse outcome, let the person obtain and correct factually wrong personal data used in the decision.", { roles: DEP, riskClasses: ADMT, citation: reported("6-1-1705(1)(a)(I)") }],
  ["consumer-human-review", "consumer-rights", "obligation", true, "Meaningful human review", "Offer meaningful human review and reconsideration of the adverse decision where commercially reasonable.", { roles: DEP, riskClasses: ADMT, citation: reported("6-1-1705(1)(a)(II)") }],

  ["enforcement", null, "topic", false, "Enforcement", "Attorney General enforcement under the Colorado Consumer Protection Act, rulemaking and liability sharing.", {}],
  ["ag-enforcement", "enforcement", "article", false, "Attorney General enforcement and cure period", "Violations are deceptive trade practices enforced only by the Attorney General after a 60-day notice and opportunity to cure; no private right of action.", {}],
  ["ag-rulemaking", "enforcement", "article", false, "Attorney General rules", "The Attorney General adopts rules clarifying disclosures and other duties before 1 Jan 2027.", {}],
  ["liability-allocation", "enforcement", "article", false, "Shared anti-discrimination liability", "Liability under the Colorado Anti-Discrimination Act is shared between developer and deployer by relative fault; contracts cannot shift liability for a party's own acts.", { roles: ["developer", "deployer"] }],
];
