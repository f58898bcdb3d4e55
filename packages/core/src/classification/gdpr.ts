import type { AiSystemProfile } from "../contracts/ai-systems.js";
import {
  DPIA_TRIGGERS,
  GDPR,
  GDPR_CONDITIONAL,
  GDPR_REF,
  impliesPersonalData,
  solelyAutomatedSignificantDecision,
} from "./gdpr-rules.js";
import { finding, selectObligations } from "./obligations.js";
import type { ApplicableFramework, Finding } from "./types.js";

export type GdprResult = { framework: ApplicableFramework | null; notes: Finding[] };

/**
 * GDPR applies when the system processes personal data and is used in the Union (Art. 2, 3(1)).
 * The organization is assumed to be the controller (Art. 4(7)). Always: principles, legal basis,
 * information (Arts. 12–14), rights, accountability, by-design (Art. 25), records and security
 * (Art. 32), breach duties. On triggers: Art. 9, Art. 22, Art. 35.
 */
export function evaluateGdpr(p: AiSystemProfile): GdprResult {
  const notes: Finding[] = [];
  const inEu = p.jurisdictions.eu.length > 0;
  if (!p.processesPersonalData) {
    if (impliesPersonalData(p))
      notes.push(
        finding(
          "gdpr.personal_data.check",
          "Check whether personal data is processed",
          "The profile says no personal data is processed, yet it records decisions about people, profiling, biometrics or special-category data, which all involve personal data. If it is processed, GDPR applies in the EU.",
          `${GDPR} Art. 4(1), Art. 2`,
        ),
      );
    return { framework: null, notes };
  }
  if (!inEu) {
    notes.push(
      finding(
        "gdpr.territorial.check",
        "GDPR may still apply outside the EU",
        "The system processes personal data but no EU member state is recorded. GDPR also applies to organizations outside the Union that offer goods or services to people in the EU or monitor their behaviour there.",
        `${GDPR} Art. 3(2)`,
      ),
    );
    return { framework: null, notes };
  }

  const fired = new Set<string>();
  const findings: Finding[] = [
    finding(
      "gdpr.scope",
      "GDPR applies",
      `The system processes personal data and is used in the EU (${p.jurisdictions.eu.join(", ")}).`,
      `${GDPR} Art. 2(1), Art. 3(1)`,
    ),
    finding(
      "gdpr.role.controller",
      "The organization is assumed to be the controller",
      "It decides why and how the personal data is processed for this system. If it only processes data on another organization's instructions it is a processor instead, and mainly Arts. 28, 30 and 32 apply.",
      `${GDPR} Art. 4(7), 4(8)`,
    ),
    finding(
      "gdpr.baseline",
      "Core duties for any processing apply",
      "A legal basis, the principles, information to the people concerned whether the data comes from them or from elsewhere, their rights, data protection by design and by default, records of processing and appropriate security.",
      `${GDPR} Arts. 5, 6, 12–14, 25, 30, 32`,
    ),
  ];

  if (p.processesSpecialCategoryData) {
    fired.add("Art. 9");
    findings.push(
      finding(
        "gdpr.special_categories",
        "Special-category data needs an Art. 9(2) exception",
        "The system processes data such as health, biometric identification, ethnic origin, beliefs or sex life, which is forbidden unless one of the listed exceptions applies.",
        `${GDPR} Art. 9`,
      ),
    );
  }

  if (solelyAutomatedSignificantDecision(p)) {
    fired.add("Art. 22");
    findings.push(
      finding(
        "gdpr.automated_decision",
        "Solely automated decisions with significant effect: Art. 22 applies",
        `The system makes ${p.consequentialDecisions.map((d) => d.replaceAll("_", " ")).join(", ")} decisions about people without human involvement. They may object unless the decision is needed for a contract, allowed by law or based on explicit consent, and then need safeguards: human intervention, a way to express their view and to contest the decision.`,
        `${GDPR} Art. 22(1)–(3)`,
      ),
    );
  } else if (
    p.decisionRole === "makes" &&
    p.consequentialDecisions.length > 0 &&
    p.automationLevel === "human_on_the_loop"
  ) {
    notes.push(
      finding(
        "gdpr.automated_decision.check",
        "Check whether the decisions are solely automated",
        "The system makes consequential decisions with a human monitoring it but not reviewing each decision. Oversight that does not meaningfully review individual decisions may still count as solely automated decision-making.",
        `${GDPR} Art. 22(1)`,
      ),
    );
  }

  const dpia = DPIA_TRIGGERS.filter((t) => t.applies(p));
  if (dpia.length > 0) fired.add("Art. 35");
  for (const t of dpia)
    findings.push(
      finding(
        t.code,
        "A data protection impact assessment is required before processing",
        t.reason,
        `${GDPR} ${t.provision}`,
      ),
    );

  const roles = ["controller"];
  const obligations = selectObligations(GDPR_REF, {
    roles,
    riskClasses: [],
    scopes: ["controller"],
    conditional: new Set(Object.keys(GDPR_CONDITIONAL)),
    fired,
  });
  return { framework: { frameworkRef: GDPR_REF, roles, riskClass: null, obligations, findings }, notes };
}
