// Findings and notes of the EU AI Act evaluation that do not decide the class (see `eu-ai-act.ts`).
import type { AiSystemProfile } from "../contracts/ai-systems.js";
import { ANNEX_I_APPLIES_FROM, DOMAIN_TO_ANNEX_III, EU_AI_ACT as ACT } from "./eu-ai-act-rules.js";
import { finding, listWords, longDate, upcomingByDate } from "./obligations.js";
import type { EuRole } from "./roles.js";
import type { EuRiskClass, Finding } from "./types.js";

/** Art. 3(3)–(4): the EU roles derived from the recorded ISO/IEC 22989 roles, with their reasons. */
export function roleFindings(p: AiSystemProfile, roles: EuRole[]): { findings: Finding[]; notes: Finding[] } {
  const findings: Finding[] = [];
  const notes: Finding[] = [];
  if (roles.includes("provider"))
    findings.push(
      finding(
        "eu.role.provider",
        "The organization is the provider",
        p.placedOnMarketUnderOwnName
          ? "It places the system on the market or puts it into service under its own name or trademark."
          : "It records the ISO/IEC 22989 provider role: it supplies the system to others.",
        `${ACT} Art. 3(3)`,
      ),
    );
  if (roles.includes("deployer"))
    findings.push(
      finding(
        "eu.role.deployer",
        "The organization is a deployer",
        "It records the ISO/IEC 22989 customer role: it uses the system under its own authority.",
        `${ACT} Art. 3(4)`,
      ),
    );
  if (roles.length === 0)
    notes.push(
      finding(
        "eu.role.missing",
        "No EU AI Act role could be derived",
        p.organizationRoles.includes("producer")
          ? "The organization only develops the system (producer) and does not place it on the market under its own name, so the provider is whoever does; mark the customer role if you also use it, or 'placed on the market under own name' if you sell it."
          : "Record whether the organization supplies the system (provider) or uses it (customer); the duties differ completely.",
        `${ACT} Art. 3(3), 3(4)`,
      ),
    );
  return { findings, notes };
}

/** Arts. 51, 53–55: general-purpose AI model duties (the model provider's), and the Art. 54 note. */
export function gpaiFindings(
  p: AiSystemProfile,
  roles: EuRole[],
): { classes: string[]; findings: Finding[]; notes: Finding[] } {
  const classes: string[] = [];
  const findings: Finding[] = [];
  const notes: Finding[] = [];
  if (p.isGeneralPurposeModel) {
    classes.push("gpai");
    if (p.gpaiSystemicRisk) classes.push("gpai-systemic-risk");
    const provider = roles.includes("provider");
    findings.push(
      finding(
        p.gpaiSystemicRisk ? "eu.gpai.systemic_risk" : "eu.gpai",
        provider
          ? `General-purpose AI model duties apply${p.gpaiSystemicRisk ? ", including those for systemic risk" : ""}`
          : "General-purpose AI model duties rest with the model's provider",
        provider
          ? `The organization provides a general-purpose AI model: technical documentation, information for downstream providers, a copyright policy and a public training-content summary${p.gpaiSystemicRisk ? "; with systemic risk also model evaluation with adversarial testing, systemic-risk mitigation, serious-incident reporting and cybersecurity" : ""}.`
          : "The system is or builds on a general-purpose AI model that the organization does not provide; ask the model provider for the Annex XII information.",
        `${ACT} Art. 53${p.gpaiSystemicRisk ? ", Art. 55" : ""}`,
      ),
    );
    if (provider)
      notes.push(
        finding(
          "eu.gpai.authorised_representative",
          "Appoint an EU authorised representative if established outside the Union",
          "Providers of general-purpose AI models established in a third country must appoint one by written mandate; the profile does not record where the organization is established.",
          `${ACT} Art. 54`,
        ),
      );
  } else if (p.gpaiSystemicRisk)
    notes.push(
      finding(
        "eu.gpai.inconsistent",
        "Systemic risk recorded without a general-purpose AI model",
        "Systemic risk is a property of general-purpose AI models; mark the system as a general-purpose model or clear the flag.",
        `${ACT} Art. 51`,
      ),
    );
  return { classes, findings, notes };
}

export function riskClassFinding(euRiskClass: EuRiskClass): Finding {
  const reasons: Record<EuRiskClass, string> = {
    prohibited:
      "At least one prohibited practice was found; it may not be placed on the market, put into service or used in the Union, whatever else applies.",
    "high-risk": "No prohibited practice was found and the system is high-risk through Annex I or Annex III.",
    "limited-risk": "The system is not prohibited or high-risk but carries Art. 50 transparency duties.",
    "minimal-risk":
      "No prohibited practice, high-risk use or transparency trigger was found; beyond AI literacy only voluntary codes of conduct apply.",
    "out-of-scope": "The Act does not apply.",
  };
  const provisions: Record<EuRiskClass, string> = {
    prohibited: "Art. 5",
    "high-risk": "Art. 6",
    "limited-risk": "Art. 50",
    "minimal-risk": "Art. 4, Art. 95",
    "out-of-scope": "Art. 2",
  };
  return finding(
    "eu.risk_class",
    `EU risk class: ${euRiskClass}`,
    reasons[euRiskClass],
    `${ACT} ${provisions[euRiskClass]}`,
  );
}

/** Duties not yet applicable on `asOf` (Art. 113 staged dates, carried by the catalog). */
export function dateFindings(obligations: string[], asOf: string, annexI: boolean): Finding[] {
  const out: Finding[] = [];
  for (const [date, keys] of upcomingByDate(obligations, asOf))
    out.push(
      finding(
        "eu.dates.upcoming",
        `${keys.length} of these duties apply from ${longDate(date)}`,
        `On ${longDate(asOf)} they are not yet applicable: ${listWords(keys.map((k) => k.slice(k.indexOf("/") + 1)))}. The pending Digital Omnibus would move the high-risk dates; the catalog keeps the dates in force.`,
        `${ACT} Art. 113`,
      ),
    );
  if (annexI && asOf < ANNEX_I_APPLIES_FROM)
    out.push(
      finding(
        "eu.dates.annex_i",
        `High-risk duties through Annex I apply from ${longDate(ANNEX_I_APPLIES_FROM)}`,
        "Art. 6(1) and the obligations that follow from it apply a year later than the rest of the high-risk rules.",
        `${ACT} Art. 113(c)`,
      ),
    );
  return out;
}

/** Facts the profile lacks or contradicts that would change the EU result. */
export function missingFactNotes(p: AiSystemProfile, roles: EuRole[], highRisk: boolean): Finding[] {
  const out: Finding[] = [];
  for (const domain of p.consequentialDecisions) {
    const mapped = DOMAIN_TO_ANNEX_III[domain];
    if (mapped && !p.annexIIIAreas.includes(mapped.area))
      out.push(
        finding(
          `eu.annex_iii.check.${domain}`,
          `Check Annex III point ${mapped.point}`,
          `The system takes part in ${domain.replaceAll("_", " ")} decisions, which Annex III point ${mapped.point} lists as high-risk uses, but the Annex III area is not recorded.`,
          `${ACT} Art. 6(2), Annex III point ${mapped.point}`,
        ),
      );
  }
  const workOrSchool = ["employment", "education"].some(
    (d) =>
      p.annexIIIAreas.includes(d as "employment") || p.consequentialDecisions.includes(d as "employment"),
  );
  if (
    p.emotionRecognition &&
    workOrSchool &&
    !p.prohibitedPractices.includes("emotion_recognition_work_education")
  )
    out.push(
      finding(
        "eu.prohibited.check_emotion_work_education",
        "Check the ban on emotion recognition at work or in education",
        "The system recognises emotions and is used in an employment or education context; inferring emotions of workers or students is banned unless it is for medical or safety reasons.",
        `${ACT} Art. 5(1)(f)`,
      ),
    );
  if (p.biometricCategorisation && !p.prohibitedPractices.includes("biometric_categorisation_sensitive"))
    out.push(
      finding(
        "eu.prohibited.check_biometric_categorisation",
        "Check the ban on biometric categorisation by sensitive traits",
        "The system categorises people from biometric data; if it infers race, political opinions, union membership, beliefs, sex life or orientation it is banned, and categorisation by other protected attributes is Annex III point 1(b).",
        `${ACT} Art. 5(1)(g), Annex III point 1(b)`,
      ),
    );
  if (
    p.remoteBiometricIdentification &&
    p.annexIIIAreas.includes("law_enforcement") &&
    !p.prohibitedPractices.includes("realtime_remote_biometric_identification")
  )
    out.push(
      finding(
        "eu.prohibited.check_realtime_rbi",
        "Check the ban on real-time remote biometric identification",
        "The system identifies people remotely in a law-enforcement setting; in real time and in publicly accessible spaces that is banned outside narrow authorised exceptions.",
        `${ACT} Art. 5(1)(h)`,
      ),
    );
  if (highRisk && roles.length === 1 && roles[0] === "provider")
    out.push(
      finding(
        "eu.role.own_use",
        "Also a deployer if the organization uses the system itself",
        "Only the provider role is recorded; if the organization also uses the system under its own authority, add the customer role so the deployer duties show.",
        `${ACT} Art. 3(4)`,
      ),
    );
  return out;
}
