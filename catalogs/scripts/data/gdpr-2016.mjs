// OpenAIMS data for the GDPR articles most relevant to AI. Article numbers, titles and chapters come
// from ../shared/reference/gdpr_articles.csv; summaries and the Art. 5 breakdown are ours.

export const meta = {
  id: "gdpr",
  version: "2016",
  name: "Regulation (EU) 2016/679 on the protection of natural persons with regard to the processing of personal data (General Data Protection Regulation)",
  shortName: "GDPR",
  publisher: "European Parliament and Council of the European Union",
  kind: "law",
  jurisdiction: "European Union",
  publishedOn: "2016-05-04",
  effectiveFrom: "2018-05-25",
  url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  sources: ["../shared/reference/gdpr_articles.csv (official titles from the CSA dataset, regulation/europa.eu/gdpr)"],
  notes: [
    "A selection of 23 articles relevant to AI systems, not the whole Regulation.",
    "GDPR roles (controller, processor) are not operator roles of the AI laws; they are recorded in tags.scope.",
  ],
};

export const chapterTitles = {
  I: "General provisions",
  II: "Principles",
  III: "Rights of the data subject",
  IV: "Controller and processor",
};

const C = ["controller"];

/** Per article: [summary, assessable, scope?]. */
export const articles = {
  4: ["Defines personal data, processing, profiling, controller, processor, consent, special categories and related terms.", false],
  5: ["The principles every processing must respect, and the controller's duty to be able to show it does.", false, C],
  6: ["Processing, including for training or running AI, needs one of six legal bases such as consent, contract or legitimate interests.", true, C],
  7: ["Consent must be demonstrable, clearly asked for, as easy to withdraw as to give, and not tied to unrelated conditions.", true, C],
  9: ["Data revealing origin, opinions, beliefs, union membership, genetics, biometrics for identification, health or sex life is banned unless an exception applies.", true, C],
  10: ["Data on criminal convictions and offences may be processed only under official authority or where law allows it.", true, C],
  12: ["Give information and handle data-subject requests in clear, plain language, free of charge and within one month as a rule.", true, C],
  13: ["When collecting data from the person, tell them who processes it, why, on what basis, for how long, and about any automated decision-making and its logic.", true, C],
  14: ["When data comes from elsewhere (e.g. scraped or bought training data), give the same information plus its source, within set time limits.", true, C],
  15: ["Let people obtain confirmation, a copy of their data and information, including meaningful information about automated decision logic.", true, C],
  16: ["Correct inaccurate personal data and complete incomplete data without undue delay on request.", true, C],
  17: ["Erase personal data on request where a listed ground applies, such as the data no longer being needed or consent being withdrawn.", true, C],
  21: ["Let people object to processing based on public or legitimate interests, including profiling, and always to direct marketing.", true, C],
  22: ["People may refuse decisions based solely on automated processing with legal or similarly significant effects, save narrow exceptions with safeguards such as human intervention.", true, C],
  24: ["The controller implements appropriate measures, including data protection policies, and can demonstrate compliance.", true, C],
  25: ["Build data protection principles such as minimisation into the design of processing and make the most protective settings the default.", true, C],
  28: ["Use only processors that give sufficient guarantees, bound by a contract with the mandatory terms.", true, ["controller", "processor"]],
  30: ["Keep a record of processing activities with purposes, data categories, recipients, transfers, retention and security measures.", true, ["controller", "processor"]],
  32: ["Apply technical and organisational security measures appropriate to the risk, and test their effectiveness regularly.", true, ["controller", "processor"]],
  33: ["Notify the supervisory authority of a personal data breach without undue delay and, where feasible, within 72 hours.", true, C],
  34: ["Tell affected people without undue delay about a breach likely to put their rights and freedoms at high risk.", true, C],
  35: ["Assess the impact of high-risk processing, such as systematic profiling with significant effects, before it starts.", true, C],
  36: ["Consult the supervisory authority before processing when an impact assessment shows a high risk that cannot be mitigated.", true, C],
};

/** Art. 5 broken into its principles: [id, title, summary]. */
export const article5 = [
  ["Art. 5(1)(a)", "Lawfulness, fairness and transparency", "Process personal data lawfully, fairly and in a way the person can understand."],
  ["Art. 5(1)(b)", "Purpose limitation", "Collect data for specified, explicit and legitimate purposes and do not reuse it incompatibly."],
  ["Art. 5(1)(c)", "Data minimisation", "Use only the personal data that is adequate, relevant and necessary for the purpose."],
  ["Art. 5(1)(d)", "Accuracy", "Keep personal data accurate and up to date, and fix or erase inaccurate data promptly."],
  ["Art. 5(1)(e)", "Storage limitation", "Keep data identifying people no longer than the purpose needs."],
  ["Art. 5(1)(f)", "Integrity and confidentiality", "Protect personal data against unauthorised processing, loss or damage with appropriate security."],
  ["Art. 5(2)", "Accountability", "The controller is responsible for, and must be able to demonstrate, compliance with these principles."],
];
