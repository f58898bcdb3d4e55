// OpenAIMS data for Texas HB 149, the Texas Responsible Artificial Intelligence Governance Act
// (TRAIGA), codified as Business & Commerce Code Title 11, Subtitle D. Section numbers and the
// headings of 552.001-552.003, 552.051-552.057, 552.104 and 552.105 were checked against the
// enrolled text and codified sections (DOMAIN.md section 6); other titles and all summaries are ours.

export const meta = {
  id: "texas-traiga",
  version: "hb149",
  name: "Texas HB 149 Texas Responsible Artificial Intelligence Governance Act (Bus. & Com. Code ch. 551-554)",
  shortName: "Texas TRAIGA",
  publisher: "Texas Legislature",
  kind: "law",
  jurisdiction: "Texas, United States",
  publishedOn: "2025-06-22",
  effectiveFrom: "2026-01-01",
  url: "https://capitol.texas.gov/BillLookup/History.aspx?LegSess=89R&Bill=HB149",
  sources: [
    "Enrolled text (LegiScan copy, legiscan.com/TX/text/HB149/id/3249139) and codified sections on statutes.capitol.texas.gov",
    "../shared/reference/DOMAIN.md section 6",
  ],
  notes: [
    "TRAIGA puts no general risk-management or impact-assessment duty on private companies: private-sector duties are intent-based prohibitions; disclosure duties fall on governmental agencies and health-care providers.",
    "Headings of 552.101, 552.102, 552.103 and 552.106 and of the chapter groups are OpenAIMS labels; the official headings were not verified.",
    "The bill also amends Bus. & Com. Code 503.001 (biometric identifiers) and 541.104 (processor duties under the Texas Data Privacy and Security Act); those are not catalogued here.",
  ],
};

const DEV_DEP = ["developer", "deployer"];
const cite = (section) => `Tex. Bus. & Com. Code § ${section}`;

/** [id, parent, kind, assessable, title, summary, extra] in document order. */
export const requirements = [
  ["Ch. 551", null, "article", false, "General provisions", "Defines an AI system as a machine-based system that infers from inputs how to produce outputs, and applies the subtitle to anyone doing business in Texas, serving Texans, or developing or deploying AI there.", {}],
  ["Ch. 552", null, "topic", false, "Artificial intelligence protection", "Duties and prohibitions on developing and deploying AI, and their enforcement.", {}],
  ["552.001", "Ch. 552", "reference", false, "Definitions", "Defines deployer, developer and governmental entity for the chapter.", {}],
  ["552.002", "Ch. 552", "reference", false, "Construction of chapter", "The chapter may not be read to burden free speech or to let agencies other than the Department of Insurance regulate insurance.", {}],
  ["552.003", "Ch. 552", "reference", false, "Local preemption", "The chapter overrides local ordinances and rules on the use of AI systems.", {}],
  ["Subchapter B", "Ch. 552", "topic", false, "Duties and prohibitions", "Disclosure duties and intent-based prohibitions on developing or deploying AI.", {}],
  ["552.051", "Subchapter B", "obligation", true, "Disclosure to consumers", "Governmental agencies tell consumers they are interacting with AI, clearly and without dark patterns; health-care providers disclose AI use in a service or treatment to the patient.", { roles: ["deployer"], scope: ["governmental-agency", "health-care-provider"] }],
  ["552.052", "Subchapter B", "obligation", true, "Manipulation of human behavior", "Do not develop or deploy AI intended to incite or encourage self-harm, harm to others or criminal activity.", { roles: DEV_DEP }],
  ["552.053", "Subchapter B", "obligation", true, "Social scoring", "Governmental entities may not use AI to assign social scores that lead to detrimental or disproportionate treatment or infringe rights.", { roles: DEV_DEP, scope: ["governmental-entity"] }],
  ["552.054", "Subchapter B", "obligation", true, "Capture of biometric data", "Governmental entities may not develop or deploy AI that identifies people from biometric data or public images without consent where that infringes their rights.", { roles: DEV_DEP, scope: ["governmental-entity"] }],
  ["552.055", "Subchapter B", "obligation", true, "Constitutional protection", "Do not develop or deploy AI with the sole intent of infringing, restricting or impairing rights under the U.S. Constitution.", { roles: DEV_DEP }],
  ["552.056", "Subchapter B", "obligation", true, "Unlawful discrimination", "Do not develop or deploy AI with intent to unlawfully discriminate against a protected class; disparate impact alone does not show intent.", { roles: DEV_DEP }],
  ["552.057", "Subchapter B", "obligation", true, "Certain sexually explicit content and child pornography", "Do not develop or distribute AI made solely to produce child sexual abuse material or unlawful sexual deep fakes, or chatbots that impersonate minors in sexual conduct.", { roles: ["developer", "distributor"] }],
  ["Subchapter C", "Ch. 552", "topic", false, "Enforcement", "Attorney General enforcement: complaints, investigation, notice and cure, penalties and defenses.", {}],
  ["552.101", "Subchapter C", "article", false, "Attorney General enforcement authority", "Only the Attorney General enforces the chapter; there is no private right of action.", {}],
  ["552.102", "Subchapter C", "article", false, "Online complaint mechanism", "The Attorney General offers an online way for the public to report suspected violations.", {}],
  ["552.103", "Subchapter C", "obligation", true, "Civil investigative demand", "Be able to give the Attorney General, on demand, the system's purpose and context, training-data types, input and output categories, performance metrics, known limits and post-deployment safeguards.", { roles: DEV_DEP }],
  ["552.104", "Subchapter C", "article", false, "Notice of violation; opportunity to cure", "After written notice the Attorney General waits 60 days; no suit follows if the violation is cured and a written statement of the cure and policy changes is given.", { roles: DEV_DEP }],
  ["552.105", "Subchapter C", "article", false, "Civil penalty; injunction", "Penalties of USD 10,000-12,000 per curable and 80,000-200,000 per uncurable violation, up to 40,000 per day while continuing, plus injunctions; reasonable care is presumed.", { roles: DEV_DEP }],
  ["552.105(e)", "552.105", "article", false, "Liability bars", "No liability where someone else misused the system, or where the defendant found the violation through feedback, red-team testing, agency guidance, or substantial compliance with NIST AI 600-1 or another recognised AI risk framework.", { roles: DEV_DEP }],
  ["552.106", "Subchapter C", "article", false, "Sanctions by licensing agencies", "After an Attorney General finding, a licensing agency may suspend or revoke a licence and fine up to USD 100,000.", {}],
  ["Ch. 553", null, "article", false, "Regulatory sandbox", "The Department of Information Resources may admit AI systems to a sandbox of up to 36 months with quarterly reporting; the Subchapter B prohibitions are never waived.", {}],
  ["Ch. 554", null, "article", false, "Texas Artificial Intelligence Council", "A seven-member advisory council attached to the Department of Information Resources that studies AI issues and trains agencies but cannot make binding rules.", {}],
].map(([id, parent, kind, assessable, title, summary, extra]) => [
  id,
  parent,
  kind,
  assessable,
  title,
  summary,
  id.startsWith("Ch. ") || id.startsWith("Subchapter") ? extra : { ...extra, citation: cite(id) },
]);
