// OpenAIMS data for Colorado SB 24-205 (C.R.S. 6-1-1701 to 6-1-1707, "Consumer Protections for
// Artificial Intelligence"). Structure and subsection numbers were checked against the signed bill
// text (CSA dataset regulation/colorado.gov/ai-act/ai-act.md); titles of subsections and all
// summaries are ours. There is no reference CSV for this law, so the list is hand-written here.

export const meta = {
  id: "colorado-ai-act",
  version: "sb24-205",
  name: "Colorado SB 24-205 Consumer Protections for Artificial Intelligence (C.R.S. 6-1-1701 to 6-1-1707)",
  shortName: "Colorado SB 24-205",
  publisher: "Colorado General Assembly",
  kind: "law",
  jurisdiction: "Colorado, United States",
  publishedOn: "2024-05-17",
  effectiveFrom: "2026-06-30",
  supersededBy: "colorado-ai-act:sb26-189",
  url: "https://leg.colorado.gov/bills/sb24-205",
  sources: [
    "Signed bill text (leg.colorado.gov 2024a_205_signed.pdf, via the CSA dataset regulation/colorado.gov/ai-act)",
    "../shared/reference/DOMAIN.md section 5",
  ],
  notes: [
    "The signed text makes the duties operative on 1 Feb 2026; SB 25B-004 (signed 28 Aug 2025) moved that date to 30 Jun 2026 (secondary sources).",
    "SB 26-189, signed 14 May 2026, repeals and re-enacts these sections as an automated decision-making technology law effective 1 Jan 2027 (catalog colorado-ai-act:sb26-189). Secondary sources say the SB 24-205 duties never took effect; this version is kept so assessments made against it stay readable.",
    "Risk class used: high-risk (a high-risk AI system under 6-1-1701(9)). Section 6-1-1704 applies to any consumer-facing AI system.",
  ],
};

const DEV = ["developer"];
const DEP = ["deployer"];
const HR = ["high-risk"];
const C = (ref) => `C.R.S. ${ref}`;

/** [id, parent, kind, assessable, title, summary, extra] in document order. */
export const requirements = [
  ["6-1-1701", null, "article", false, "Definitions", "Defines the terms the part uses, including algorithmic discrimination, consequential decision, deployer, developer and high-risk AI system.", {}],
  ["6-1-1701(1)", "6-1-1701", "reference", false, "Algorithmic discrimination", "Unlawful differential treatment or impact from an AI system that disfavours people on a protected characteristic, excluding self-testing and diversity outreach.", {}],
  ["6-1-1701(3)", "6-1-1701", "category", false, "Consequential decision", "A decision with a material legal or similarly significant effect on access to, or the cost or terms of, one of eight kinds of opportunity or service.", {}],
  ["6-1-1701(3)(a)", "6-1-1701(3)", "reference", false, "Education enrollment or opportunity", "Decisions on admission to or opportunities in education.", {}],
  ["6-1-1701(3)(b)", "6-1-1701(3)", "reference", false, "Employment or employment opportunity", "Decisions on hiring, work terms or employment opportunities.", {}],
  ["6-1-1701(3)(c)", "6-1-1701(3)", "reference", false, "Financial or lending service", "Decisions on credit, lending or other financial services.", {}],
  ["6-1-1701(3)(d)", "6-1-1701(3)", "reference", false, "Essential government service", "Decisions on access to essential government services.", {}],
  ["6-1-1701(3)(e)", "6-1-1701(3)", "reference", false, "Health-care services", "Decisions on providing or denying health-care services.", {}],
  ["6-1-1701(3)(f)", "6-1-1701(3)", "reference", false, "Housing", "Decisions on access to housing.", {}],
  ["6-1-1701(3)(g)", "6-1-1701(3)", "reference", false, "Insurance", "Decisions on insurance cover, cost or terms.", {}],
  ["6-1-1701(3)(h)", "6-1-1701(3)", "reference", false, "Legal service", "Decisions on access to legal services.", {}],
  ["6-1-1701(9)", "6-1-1701", "reference", false, "High-risk AI system", "An AI system that makes, or is a substantial factor in making, a consequential decision, minus listed narrow and infrastructure technologies.", {}],
  ["6-1-1701(10)", "6-1-1701", "reference", false, "Intentional and substantial modification", "A deliberate change that creates a new foreseeable risk of algorithmic discrimination, excluding documented pre-planned learning.", {}],

  ["6-1-1702", null, "article", false, "Developer duties", "What a developer of a high-risk AI system owes consumers, deployers and the Attorney General.", { roles: DEV, riskClasses: HR }],
  ["6-1-1702(1)", "6-1-1702", "obligation", true, "Developer reasonable care", "Use reasonable care to protect consumers from known or foreseeable algorithmic discrimination; complying with the section creates a rebuttable presumption of it.", { roles: DEV, riskClasses: HR }],
  ["6-1-1702(2)", "6-1-1702", "obligation", true, "Documentation for deployers", "Give deployers a statement of foreseeable and harmful uses and documentation of training data, limitations, purpose, evaluation, data governance, outputs, mitigations and proper use.", { roles: DEV, riskClasses: HR }],
  ["6-1-1702(3)", "6-1-1702", "obligation", true, "Information for impact assessments", "Provide, as far as feasible, the artifacts (model cards, dataset cards, impact assessments) a deployer needs to complete its impact assessment.", { roles: DEV, riskClasses: HR }],
  ["6-1-1702(4)", "6-1-1702", "obligation", true, "Public statement of high-risk systems", "Publish on the website or a public use-case inventory the high-risk systems offered and how discrimination risks are managed; update within 90 days of a substantial modification.", { roles: DEV, riskClasses: HR }],
  ["6-1-1702(5)", "6-1-1702", "obligation", true, "Disclosure of discrimination risks", "Tell the Attorney General and known deployers within 90 days about discrimination risks found through testing or credible deployer reports.", { roles: DEV, riskClasses: HR }],
  ["6-1-1702(7)", "6-1-1702", "obligation", true, "Documentation on Attorney General request", "Hand the statement and documentation to the Attorney General within 90 days of a request.", { roles: DEV, riskClasses: HR }],

  ["6-1-1703", null, "article", false, "Deployer duties", "What a deployer of a high-risk AI system owes consumers and the Attorney General.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(1)", "6-1-1703", "obligation", true, "Deployer reasonable care", "Use reasonable care to protect consumers from known or foreseeable algorithmic discrimination; complying with the section creates a rebuttable presumption of it.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(2)", "6-1-1703", "obligation", true, "Risk management policy and program", "Run an iterative, regularly reviewed risk management policy and program naming the principles, processes and people that find and mitigate discrimination risks, judged against NIST AI RMF or ISO/IEC 42001.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(3)", "6-1-1703", "category", false, "Impact assessment", "Impact assessments of each deployed high-risk system: timing, minimum content, retention and annual review.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(3)(a)", "6-1-1703(3)", "obligation", true, "Impact assessment timing", "Complete an impact assessment for each high-risk system deployed, then at least annually and within 90 days of any intentional and substantial modification.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(3)(b)", "6-1-1703(3)", "obligation", true, "Impact assessment content", "Cover purpose and context, discrimination risks and mitigations, input and output data, customization data, metrics and limits, transparency measures and post-deployment monitoring.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(3)(c)", "6-1-1703(3)", "obligation", true, "Use compared with intended use", "After a substantial modification, state how actual use matched or departed from the developer's intended uses.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(3)(f)", "6-1-1703(3)", "obligation", true, "Impact assessment retention", "Keep the latest and all prior impact assessments and related records for three years after final deployment.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(3)(g)", "6-1-1703(3)", "obligation", true, "Annual deployment review", "Review each deployed high-risk system at least once a year to confirm it is not causing algorithmic discrimination.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(4)", "6-1-1703", "category", false, "Consumer notices", "Notices a deployer gives consumers before and after a consequential decision.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(4)(a)", "6-1-1703(4)", "obligation", true, "Notice before a decision", "Before the decision, tell the consumer a high-risk system is used, its purpose, the decision's nature, contact details, a plain description and any profiling opt-out right.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(4)(b)", "6-1-1703(4)", "obligation", true, "Adverse decision explanation, correction and appeal", "After an adverse decision, give the principal reasons and the AI's role and data, a chance to correct personal data and an appeal with human review where feasible.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(4)(c)", "6-1-1703(4)", "obligation", true, "Manner of consumer notices", "Deliver notices directly, in plain language, in the languages normally used with consumers and in an accessible format.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(5)", "6-1-1703", "obligation", true, "Public statement of deployed systems", "Publish and periodically update a website statement of the high-risk systems deployed, how their discrimination risks are managed and the information collected.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(6)", "6-1-1703", "reference", false, "Small deployer exemption", "Deployers under 50 FTE that do not train the system on their own data, use it as intended and pass on the developer's assessment are exempt from (2), (3) and (5).", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(7)", "6-1-1703", "obligation", true, "Notice of discovered discrimination", "Notify the Attorney General within 90 days of discovering that a deployed system caused algorithmic discrimination.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(8)", "6-1-1703", "obligation", true, "Notice of withheld information", "When withholding information as a trade secret or protected by law, tell the consumer and give the basis.", { roles: DEP, riskClasses: HR }],
  ["6-1-1703(9)", "6-1-1703", "obligation", true, "Records on Attorney General request", "Hand the risk management policy, impact assessments and records to the Attorney General within 90 days of a request.", { roles: DEP, riskClasses: HR }],

  ["6-1-1704", null, "article", true, "Disclosure of AI interaction", "Anyone offering or deploying an AI system meant to interact with consumers tells each consumer they are dealing with AI, unless that is obvious.", { roles: ["developer", "deployer"] }],
  ["6-1-1705", null, "article", false, "Compliance with other obligations and exemptions", "Preserves other legal duties and exempts, among others, federally approved systems, certain HIPAA recommendations, regulated insurers and supervised banks.", {}],
  ["6-1-1706", null, "article", false, "Enforcement by the Attorney General", "The Attorney General alone enforces the part as an unfair trade practice; there is no private right of action.", {}],
  ["6-1-1706(3)", "6-1-1706", "article", false, "Affirmative defense", "A defense for those who find and cure a violation through feedback, red teaming or internal review and otherwise comply with NIST AI RMF and ISO/IEC 42001 or an equivalent framework.", { roles: ["developer", "deployer"] }],
  ["6-1-1707", null, "article", false, "Rules", "Lets the Attorney General make rules on documentation, notices, the risk program, impact assessments, presumptions and the affirmative defense.", {}],
].map(([id, parent, kind, assessable, title, summary, extra]) => [
  id,
  parent,
  kind,
  assessable,
  title,
  summary,
  { ...extra, citation: C(id) },
]);
