// OpenAIMS data for the EU AI Act (Regulation (EU) 2024/1689). Article numbers, titles and chapters
// come from ../shared/reference/eu_ai_act_articles.csv; roles, risk classes, application dates,
// sub-items and every summary are ours (paraphrases, not statute text).

export const meta = {
  id: "eu-ai-act",
  version: "2024",
  name: "Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)",
  shortName: "EU AI Act",
  publisher: "European Parliament and Council of the European Union",
  kind: "law",
  jurisdiction: "European Union",
  publishedOn: "2024-07-12",
  effectiveFrom: "2024-08-01",
  url: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
  sources: [
    "../shared/reference/eu_ai_act_articles.csv (official titles of 40 articles, from EUR-Lex OJ:L_202401689 via the CSA dataset)",
    "../shared/reference/DOMAIN.md section 4 (Art. 5, 17(1), 26, 27, 50 items, Annex III areas, application dates)",
  ],
  notes: [
    "effectiveFrom on each requirement is the application date under Art. 113: 2 Feb 2025 for Chapters I-II, 2 Aug 2025 for Chapter V and penalties, 2 Aug 2026 for the rest, 2 Aug 2027 for Art. 6(1) product-embedded high-risk systems.",
    "The Digital Omnibus on AI (political agreement May 2026) would move Annex III high-risk obligations to 2 Dec 2027 and Annex I obligations to 2 Aug 2028. It was not yet published in the Official Journal when this catalog was compiled, so the original dates are kept; add a new catalog version when it is.",
    "Risk classes used: prohibited, high-risk, transparency, gpai, gpai-systemic-risk. Absent riskClasses means the article applies regardless of class.",
  ],
};

const D = {
  inForce: "2024-08-01",
  chapters1and2: "2025-02-02",
  gpai: "2025-08-02",
  general: "2026-08-02",
  annexI: "2027-08-02",
};

export const chapterTitles = {
  I: "General provisions",
  II: "Prohibited AI practices",
  III: "High-risk AI systems",
  IV: "Transparency obligations for providers and deployers of certain AI systems",
  V: "General-purpose AI models",
  VIII: "EU database for high-risk AI systems",
  IX: "Post-market monitoring, information sharing and market surveillance",
  XII: "Penalties",
  XIII: "Final provisions",
};

const P = ["provider"];
const DEP = ["deployer"];
const PD = ["provider", "deployer"];
const HR = ["high-risk"];

/**
 * Per article: [summary, assessable, roles?, riskClasses?, effectiveFrom, scope?].
 * Articles in the CSV but absent here fail the build, so every one is described.
 */
export const articles = {
  3: ["Defines the terms the Act relies on, including AI system, provider, deployer, substantial modification, serious incident and general-purpose AI model.", false, undefined, undefined, D.chapters1and2],
  4: ["Providers and deployers take measures so that staff and others operating AI for them have enough AI literacy for their role.", true, PD, undefined, D.chapters1and2],
  5: ["Lists eight AI practices that may not be placed on the market, put into service or used in the Union.", false, PD, ["prohibited"], D.chapters1and2],
  6: ["Classify each AI system: high-risk if it is a safety component or product under Annex I needing third-party assessment (from 2 Aug 2027) or falls in an Annex III area, unless a narrow derogation applies.", true, P, HR, D.general],
  7: ["Lets the Commission add or change Annex III use cases by delegated act.", false, undefined, HR, D.general],
  8: ["High-risk systems must meet the Section 2 requirements, taking account of their intended purpose and the state of the art.", false, P, HR, D.general],
  9: ["Run a continuous, documented risk management process over the whole life cycle: identify, estimate and evaluate risks to health, safety and rights, adopt measures and test.", true, P, HR, D.general],
  10: ["Govern training, validation and test data: documented practices, relevance, representativeness, completeness, and examination and mitigation of bias.", true, P, HR, D.general],
  11: ["Draw up technical documentation with the Annex IV content before market placement and keep it current.", true, P, HR, D.general],
  12: ["Design the system so it records events automatically over its lifetime, enough to trace its functioning.", true, P, HR, D.general],
  13: ["Make the system interpretable for deployers and supply instructions for use covering purpose, performance, limits, oversight and logging.", true, P, HR, D.general],
  14: ["Design the system so natural persons can oversee it effectively, understand its limits, avoid over-reliance, and override or stop it.", true, P, HR, D.general],
  15: ["Reach and declare appropriate accuracy, robustness and cybersecurity, and keep them throughout the life cycle, including against AI-specific attacks.", true, P, HR, D.general],
  16: ["Provider duties for high-risk systems: meet Section 2, identify yourself, run a QMS, keep documentation and logs, pass conformity assessment, declare, mark, register and correct.", true, P, HR, D.general],
  17: ["Put in place a documented quality management system with at least the thirteen elements of Art. 17(1), proportionate to the provider's size.", false, P, HR, D.general],
  18: ["Keep the technical documentation, QMS documentation, notified-body decisions and EU declaration available to authorities for ten years.", true, P, HR, D.general],
  19: ["Keep the automatically generated logs under the provider's control for at least six months.", true, P, HR, D.general],
  20: ["When a system does not conform, correct, withdraw, disable or recall it and inform distributors, deployers and authorities.", true, P, HR, D.general],
  25: ["A distributor, importer, deployer or other party that rebrands, substantially modifies or repurposes a high-risk system takes on the provider's obligations.", true, ["provider", "deployer", "importer", "distributor"], HR, D.general],
  26: ["Deployer duties for high-risk systems: use per instructions, human oversight, input data, monitoring, logs, information to workers and affected persons, and cooperation.", false, DEP, HR, D.general],
  27: ["Before first use, certain deployers assess the impact of a high-risk system on fundamental rights and notify the market surveillance authority of the results.", true, DEP, HR, D.general, ["public-body", "private-entity-providing-public-services", "annex-iii-5b-5c-deployer"]],
  40: ["Systems that conform to harmonised standards published in the Official Journal are presumed to meet the matching requirements.", false, P, HR, D.general],
  43: ["Follow the applicable conformity assessment route (internal control or notified-body assessment) before placing a high-risk system on the market, and repeat it after substantial modification.", true, P, HR, D.general],
  47: ["Draw up and sign an EU declaration of conformity for each high-risk system and keep it for ten years.", true, P, HR, D.general],
  48: ["Affix the CE marking visibly to the high-risk system, its packaging or its documentation.", true, P, HR, D.general],
  49: ["Register the provider and each Annex III high-risk system in the EU database before market placement; public-authority deployers register their use.", true, PD, HR, D.general],
  50: ["Transparency duties for systems that interact with people, generate synthetic content, recognise emotions, categorise biometrically or produce deep fakes.", false, PD, ["transparency"], D.general],
  51: ["A general-purpose AI model has systemic risk if it has high-impact capabilities (presumed above 10^25 training FLOPs) or is designated by the Commission.", false, P, ["gpai"], D.gpai],
  53: ["Providers of general-purpose AI models keep technical documentation, inform downstream providers, have a copyright policy and publish a summary of training content.", true, P, ["gpai"], D.gpai],
  54: ["Providers of general-purpose AI models established outside the Union appoint an authorised representative in the Union.", true, P, ["gpai"], D.gpai, ["non-eu-provider"]],
  55: ["Providers of systemic-risk models also evaluate models with adversarial testing, assess and mitigate systemic risks, report serious incidents and ensure cybersecurity.", true, P, ["gpai-systemic-risk"], D.gpai],
  56: ["Codes of practice drawn up with the AI Office can be relied on to show compliance of general-purpose AI models until standards exist.", false, P, ["gpai"], D.gpai],
  71: ["The Commission runs an EU database of high-risk systems listed in Annex III.", false, undefined, HR, D.general],
  72: ["Providers run a documented post-market monitoring system, based on a plan in the technical documentation, that actively collects performance data.", true, P, HR, D.general],
  73: ["Report serious incidents to the market surveillance authority within fixed deadlines (15 days, 10 days for a death, 2 days for widespread or critical-infrastructure cases) and investigate.", true, P, HR, D.general],
  86: ["People affected by a decision based on an Annex III high-risk system's output can obtain a clear explanation of the system's role from the deployer.", true, DEP, HR, D.general],
  99: ["Sets the maximum fines: EUR 35m or 7% for prohibited practices, EUR 15m or 3% for most operator duties, EUR 7.5m or 1% for misleading information.", false, undefined, undefined, D.gpai],
  101: ["Lets the Commission fine providers of general-purpose AI models.", false, P, ["gpai"], D.general],
  111: ["Transition rules for AI systems and general-purpose models already on the market before the application dates.", false, undefined, undefined, D.inForce],
  113: ["Sets entry into force and the staged application dates of the Regulation.", false, undefined, undefined, D.inForce],
};

/** Sub-items stored as children: [id, title, summary, kind, assessable, roles?, riskClasses?, effectiveFrom, scope?]. */
export const children = {
  5: [
    ["Art. 5(1)(a)", "Manipulative or deceptive techniques", "Do not use subliminal, manipulative or deceptive techniques that materially distort behaviour and are likely to cause significant harm.", "obligation", true, PD, ["prohibited"], D.chapters1and2],
    ["Art. 5(1)(b)", "Exploitation of vulnerabilities", "Do not exploit vulnerabilities linked to age, disability or a specific social or economic situation to distort behaviour harmfully.", "obligation", true, PD, ["prohibited"], D.chapters1and2],
    ["Art. 5(1)(c)", "Social scoring", "Do not score people on social behaviour or traits where it leads to detrimental treatment in unrelated contexts or out of proportion.", "obligation", true, PD, ["prohibited"], D.chapters1and2],
    ["Art. 5(1)(d)", "Individual crime prediction by profiling", "Do not predict an individual's risk of offending based solely on profiling or personality traits.", "obligation", true, PD, ["prohibited"], D.chapters1and2],
    ["Art. 5(1)(e)", "Untargeted scraping of facial images", "Do not build or expand facial-recognition databases by untargeted scraping from the internet or CCTV footage.", "obligation", true, PD, ["prohibited"], D.chapters1and2],
    ["Art. 5(1)(f)", "Emotion recognition at work or school", "Do not infer emotions in workplaces or education institutions, except for medical or safety reasons.", "obligation", true, PD, ["prohibited"], D.chapters1and2],
    ["Art. 5(1)(g)", "Biometric categorisation by sensitive traits", "Do not categorise people biometrically to infer race, political opinions, union membership, beliefs, sex life or orientation.", "obligation", true, PD, ["prohibited"], D.chapters1and2],
    ["Art. 5(1)(h)", "Real-time remote biometric identification for law enforcement", "Do not use real-time remote biometric identification in public spaces for law enforcement outside the narrow, authorised exceptions.", "obligation", true, PD, ["prohibited"], D.chapters1and2],
  ],
  6: [
    ["Art. 6(4)", "Documenting a not-high-risk assessment", "A provider that considers an Annex III system not high-risk documents that assessment before market placement and registers the system.", "obligation", true, P, HR, D.general],
    ["Annex III", "High-risk areas", "The eight areas whose listed use cases make an AI system high-risk under Art. 6(2).", "category", false, undefined, HR, D.general],
  ],
  17: [
    ["Art. 17(1)(a)", "Regulatory compliance strategy", "A strategy for regulatory compliance, including conformity assessment procedures and management of modifications.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(b)", "Design, design control and verification", "Techniques, procedures and systematic actions for design, design control and design verification.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(c)", "Development, quality control and assurance", "Techniques, procedures and systematic actions for development, quality control and quality assurance.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(d)", "Examination, test and validation", "Examination, test and validation procedures before, during and after development, and how often they run.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(e)", "Technical specifications and standards", "The technical specifications and standards applied, and how compliance is ensured where harmonised standards are not fully applied.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(f)", "Data management", "Systems and procedures for data management, from acquisition and labelling to storage, filtering and retention.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(g)", "Risk management system", "The risk management system required by Art. 9.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(h)", "Post-market monitoring", "Setting up, running and maintaining post-market monitoring under Art. 72.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(i)", "Serious incident reporting", "Procedures for reporting serious incidents under Art. 73.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(j)", "Communication with authorities and parties", "Handling communication with authorities, notified bodies, other operators, customers and other interested parties.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(k)", "Record-keeping", "Systems and procedures for keeping records of all relevant documentation and information.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(l)", "Resource management", "Resource management, including measures for security of supply.", "obligation", true, P, HR, D.general],
    ["Art. 17(1)(m)", "Accountability framework", "An accountability framework setting out the responsibilities of management and staff for every element above.", "obligation", true, P, HR, D.general],
  ],
  26: [
    ["Art. 26(1)", "Use according to instructions", "Take technical and organisational measures to use the system in line with its instructions for use.", "obligation", true, DEP, HR, D.general],
    ["Art. 26(2)", "Assigned human oversight", "Give human oversight to people with the competence, training, authority and support it needs.", "obligation", true, DEP, HR, D.general],
    ["Art. 26(4)", "Relevant input data", "Where the deployer controls input data, make sure it is relevant and sufficiently representative for the intended purpose.", "obligation", true, DEP, HR, D.general],
    ["Art. 26(5)", "Monitoring and reporting", "Monitor operation per the instructions, inform the provider and authority of risks or serious incidents, and suspend use where needed.", "obligation", true, DEP, HR, D.general],
    ["Art. 26(6)", "Log retention", "Keep the logs under the deployer's control for at least six months.", "obligation", true, DEP, HR, D.general],
    ["Art. 26(7)", "Informing workers", "Inform workers' representatives and affected workers before putting a high-risk system into use at the workplace.", "obligation", true, DEP, HR, D.general, ["employer"]],
    ["Art. 26(8)", "Registration of public use", "Public-authority deployers register their use and do not use systems missing from the EU database.", "obligation", true, DEP, HR, D.general, ["public-body"]],
    ["Art. 26(9)", "Input to data protection impact assessment", "Use the provider's Art. 13 information when carrying out a GDPR data protection impact assessment.", "obligation", true, DEP, HR, D.general],
    ["Art. 26(10)", "Post-remote biometric identification", "Seek authorisation and observe limits before using post-remote biometric identification in criminal investigations.", "obligation", true, DEP, HR, D.general, ["law-enforcement"]],
    ["Art. 26(11)", "Informing affected persons", "Tell natural persons that an Annex III high-risk system is used to make or help make decisions about them.", "obligation", true, DEP, HR, D.general],
    ["Art. 26(12)", "Cooperation with authorities", "Cooperate with competent authorities in any action they take on the system.", "obligation", true, DEP, HR, D.general],
  ],
  50: [
    ["Art. 50(1)", "Disclosing interaction with AI", "Design systems that interact with people so they are told they are dealing with AI, unless that is obvious.", "obligation", true, P, ["transparency"], D.general],
    ["Art. 50(2)", "Marking synthetic content", "Mark generated audio, image, video or text outputs in a machine-readable, detectable way.", "obligation", true, P, ["transparency"], D.general],
    ["Art. 50(3)", "Emotion recognition and biometric categorisation notice", "Inform people exposed to emotion recognition or biometric categorisation and process their data lawfully.", "obligation", true, DEP, ["transparency"], D.general],
    ["Art. 50(4)", "Deep fake and AI-generated text disclosure", "Disclose deep fakes, and AI-generated text published to inform the public unless it was under human editorial control.", "obligation", true, DEP, ["transparency"], D.general],
  ],
};

/** Annex III areas: [point, title, summary]; stored under "Annex III" as reference items. */
export const annexIII = [
  [1, "Biometrics", "Remote biometric identification, biometric categorisation by sensitive attributes and emotion recognition, where lawful."],
  [2, "Critical infrastructure", "Safety components in critical digital infrastructure, road traffic, and water, gas, heating or electricity supply."],
  [3, "Education and vocational training", "Admission, evaluation of learning outcomes, deciding the level of education and proctoring."],
  [4, "Employment, workers' management and access to self-employment", "Recruitment and selection, decisions on terms, promotion and termination, task allocation and monitoring of workers."],
  [5, "Access to essential private and public services and benefits", "Eligibility for public benefits, creditworthiness and credit scoring, life and health insurance pricing, and emergency-call triage."],
  [6, "Law enforcement", "Victim-risk assessment, polygraphs, evidence reliability, offending risk and profiling in investigations."],
  [7, "Migration, asylum and border control management", "Polygraphs, risk assessment, examination of applications and identification of persons."],
  [8, "Administration of justice and democratic processes", "Assisting judicial authorities and systems meant to influence elections or voting behaviour."],
];
