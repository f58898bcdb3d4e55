// OpenAIMS additions to the ISO/IEC 42001:2023 reference data: framework metadata, summaries for
// headings the CSV leaves as "Parent of ...", the documented information each clause asks for,
// and the Annex C reference lists. All wording is ours; ids and titles are facts.

export const meta = {
  id: "iso-iec-42001",
  version: "2023",
  name: "ISO/IEC 42001:2023 Information technology — Artificial intelligence — Management system",
  shortName: "ISO/IEC 42001",
  publisher: "ISO/IEC JTC 1/SC 42",
  kind: "standard",
  jurisdiction: "International",
  publishedOn: "2023-12",
  url: "https://www.iso.org/standard/81230.html",
  sources: [
    "../shared/reference/iso42001_clauses.csv and iso42001_annexA.csv (ids and titles checked against the CISO Assistant iso42001-2023 outline and the NIST-hosted AI RMF crosswalk)",
    "../shared/reference/domain-data.json (Annex A objectives, Annex C lists)",
  ],
  notes: [
    "Summaries are our own paraphrases; buy the standard for the normative text.",
    "Annex B (implementation guidance) is not a separate list: each B.x.y guides the Annex A control A.x.y, so mappings to B ids are stored against A ids.",
    "Annex C items are reference lists (kind 'reference', not assessable) that risk and objective records pick from; their slug ids are ours because the standard does not number them.",
  ],
};

/** Clauses that only group sub-clauses; the CSV paraphrase says "Parent of ...". */
export const headingSummaries = {
  "6.1": "Plan how AI risks and opportunities are found and handled: general planning, risk assessment, risk treatment and impact assessment.",
  "7.5": "Create, update and control the documented information the AIMS needs.",
  "9.2": "Audit the AIMS internally at planned intervals under a defined programme.",
  "9.3": "Have top management review the AIMS at planned intervals and decide on changes.",
};

/** Clause ids that group sub-clauses and are therefore not assessed themselves. */
export const headingClauses = new Set(["6.1", "7.5", "9.2", "9.3"]);

/**
 * Short names of the documented information a clause requires (our labels, derived from the
 * "documented_information" column of the clause CSV). Clauses not listed require none of their own.
 */
export const documentedInformation = {
  "4.3": ["AIMS scope"],
  "5.2": ["AI policy"],
  "6.1.1": ["Actions to address AI risks and opportunities"],
  "6.1.2": ["AI risk assessment process"],
  "6.1.3": ["Statement of Applicability", "AI risk treatment plan", "AI risk treatment process"],
  "6.1.4": ["AI system impact assessment results"],
  "6.2": ["AI objectives"],
  "7.2": ["Evidence of competence"],
  "7.5.1": ["Documented information determined necessary for the AIMS"],
  "8.1": ["Evidence that processes were carried out as planned"],
  "8.2": ["AI risk assessment results"],
  "8.3": ["AI risk treatment results"],
  "8.4": ["AI system impact assessment results"],
  "9.1": ["Monitoring and measurement results"],
  "9.2.2": ["Audit programme implementation evidence", "Internal audit results"],
  "9.3.3": ["Management review results"],
  "10.2": ["Nonconformities and actions taken", "Corrective action results"],
};

export const annexA = {
  title: "Reference control objectives and controls",
  summary: "The 38 reference controls, grouped under nine topic areas, that the organization compares its risk treatment with.",
  // Topic area A.6 holds two objectives; every other area has one objective of the same id.
  a6: {
    title: "AI system life cycle",
    summary: "Guide responsible development and set requirements for every stage of the AI system life cycle.",
  },
};

export const annexC = {
  title: "Potential AI-related organizational objectives and risk sources",
  summary: "Informative lists of objectives an organization may pursue for AI and of sources of AI risk.",
  objectives: {
    id: "C.2",
    title: "Potential AI-related organizational objectives",
    summary: "Objectives an organization may set for its AI, to pick from when writing AI objectives and risk criteria.",
    items: {
      Accountability: ["accountability", "Someone can be held answerable for the AI system's decisions and effects."],
      "AI expertise": ["ai-expertise", "People with the right specialist AI skills are available to build, assess and run systems."],
      "Availability and quality of training and test data": [
        "data-availability-and-quality",
        "Enough suitable, good-quality data exists to train and test the system.",
      ],
      "Environmental impact": ["environmental-impact", "The energy and resource footprint of AI systems is considered and limited."],
      Fairness: ["fairness", "The system does not produce unjustified differences in treatment or outcomes between people."],
      Maintainability: ["maintainability", "The system can be corrected, changed and kept in service over time."],
      Privacy: ["privacy", "Personal data used or produced by the system stays protected."],
      Robustness: ["robustness", "The system keeps performing acceptably under unexpected or adverse conditions."],
      Safety: ["safety", "The system does not put people, property or the environment in danger."],
      Security: ["security", "The system and its data resist attacks, including AI-specific ones."],
      "Transparency and explainability": [
        "transparency-and-explainability",
        "People can find out how the system works and understand why it produced an output.",
      ],
    },
  },
  riskSources: {
    id: "C.3",
    title: "Potential risk sources",
    summary: "Sources of AI risk to consider during risk identification.",
    items: {
      "Complexity of environment": [
        "complexity-of-environment",
        "A varied or fast-changing operating environment makes behaviour harder to foresee.",
      ],
      "Lack of transparency and explainability": [
        "lack-of-transparency",
        "Opaque behaviour keeps people from understanding, checking or contesting outputs.",
      ],
      "Level of automation": ["level-of-automation", "Less human involvement raises the stakes of errors and of over-reliance."],
      "Risk sources related to machine learning": [
        "machine-learning",
        "Learning from data brings risks such as poor data quality or a flawed data-collection process.",
      ],
      "System hardware issues": ["hardware-issues", "Faults or limits of the hardware the system runs on affect its behaviour."],
      "System life cycle issues": [
        "life-cycle-issues",
        "Weak design, deployment, maintenance or retirement practices introduce flaws.",
      ],
      "Technology readiness": ["technology-readiness", "Immature technology may behave in unexpected ways in real use."],
    },
  },
};
