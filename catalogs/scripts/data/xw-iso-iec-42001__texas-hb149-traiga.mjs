// OpenAIMS crosswalk ISO/IEC 42001:2023 -> Texas HB 149 (TRAIGA).
// Read each entry as "<ISO/IEC 42001 item> <relationship> <TRAIGA item>".

const I = "intersects-with";

export const crosswalk = {
  from: "iso-iec-42001:2023",
  to: "texas-traiga:hb149",
  title: "ISO/IEC 42001:2023 to Texas TRAIGA (HB 149)",
  notes: [
    "Authored by OpenAIMS. TRAIGA has few duties an AIMS implements: its private-sector rules are intent-based prohibitions, its disclosure duties bind agencies and health-care providers, and its main link to a management system is evidence for an Attorney General demand (552.103), cure (552.104) and the liability bars of 552.105(e).",
    "All pairs are intersects-with; the list is short because the statute is narrow, not because coverage was skipped.",
  ],
  entries: [
    ["A.6.2.7", "552.103", I, "high", "A civil investigative demand can ask for purpose, training-data types, inputs, outputs, metrics, limits and post-deployment safeguards, largely the content of AI system technical documentation."],
    ["A.4.3", "552.103", I, "medium", "Data-resource records answer the demand's question on the type of data used to train the system."],
    ["A.6.2.4", "552.103", I, "medium", "Verification and validation records hold the performance metrics the demand may request."],
    ["A.6.2.6", "552.103", I, "medium", "Operation and monitoring documentation describes the post-deployment monitoring and user safeguards the demand may request."],
    ["6.1.4", "552.103", I, "low", "Impact assessments record purpose, deployment context and benefits, the first item of the demand."],
    ["7.5.3", "552.103", I, "low", "Controlled documented information can be retrieved promptly when a demand arrives."],
    ["A.8.5", "552.051", I, "medium", "Determining what information is owed to interested parties includes the AI-interaction disclosure agencies and health-care providers must give."],
    ["A.8.2", "552.051", I, "low", "User information can carry the disclosure that a person is interacting with AI."],
    ["A.5.5", "552.052", I, "low", "Assessing societal impacts can reveal a system capable of encouraging self-harm or crime; the prohibition turns on intent, which ISO does not address."],
    ["A.5.5", "552.053", I, "low", "Social scoring's societal harms are within societal impact assessment; the prohibition binds governmental entities."],
    ["A.5.4", "552.053", I, "low", "Scoring people on social behaviour affects individuals, which A.5.4 assesses."],
    ["A.7.3", "552.054", I, "medium", "Recording how data, including images and biometric data, was acquired and under what consent bears directly on the biometric-capture prohibition."],
    ["A.5.4", "552.055", I, "low", "Assessing impacts on individuals' rights can surface systems that impair constitutional rights; the prohibition requires sole intent."],
    ["A.5.4", "552.056", I, "medium", "Assessing impacts on groups, including fairness, detects discriminatory effects; TRAIGA needs intent, and disparate impact alone does not suffice."],
    ["A.6.2.4", "552.056", I, "low", "Bias testing during validation produces evidence about discriminatory behaviour."],
    ["A.6.1.2", "552.057", I, "low", "Responsible-development objectives exclude building systems for prohibited sexual content; the prohibition is intent-based."],
    ["10.2", "552.104", I, "medium", "Correcting a nonconformity, removing its cause and updating the system matches curing a violation and reporting policy changes to the Attorney General."],
    ["A.8.3", "552.105(e)", I, "medium", "A channel for external feedback is one of the discovery routes that bar liability under 552.105(e)(2)(A)."],
    ["A.6.2.4", "552.105(e)", I, "medium", "Testing, including adversarial or red-team testing, is a discovery route named in 552.105(e)(2)(B)."],
    ["4.4", "552.105(e)", I, "medium", "Substantial compliance with a recognised AI risk management framework is a liability bar; an ISO/IEC 42001 AIMS is a candidate, though the statute names NIST AI 600-1."],
    ["9.2.1", "552.105(e)", I, "low", "Internal audit is a form of internal review process mentioned alongside the framework route."],
    ["A.9.4", "552.105(e)", I, "low", "Documented intended use supports showing that another person misused the system (552.105(e)(1))."],
  ],
};
