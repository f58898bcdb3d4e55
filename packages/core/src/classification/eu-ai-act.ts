import type { AiSystemProfile } from "../contracts/ai-systems.js";
import {
  ANNEX_III_BIOMETRIC_FACTS,
  ANNEX_III_RULES,
  ART_6_3_RULES,
  EU_AI_ACT as ACT,
  EU_AI_ACT_REF,
  EU_CONDITIONAL,
  PROHIBITED_PRACTICE_RULES,
  TRANSPARENCY_RULES,
} from "./eu-ai-act-rules.js";
import {
  dateFindings,
  gpaiFindings,
  missingFactNotes,
  riskClassFinding,
  roleFindings,
} from "./eu-ai-act-findings.js";
import { finding, listWords, selectObligations } from "./obligations.js";
import { euRolesOf, type EuRole } from "./roles.js";
import type { ApplicableFramework, EuRiskClass, Finding } from "./types.js";

export type EuResult = {
  euRiskClass: EuRiskClass;
  euRoles: EuRole[];
  framework: ApplicableFramework | null;
  notes: Finding[];
};

type AnnexIIIHit = { area: keyof typeof ANNEX_III_RULES; point: string; label: string; via: string };

/** Annex III areas the system falls in: those answered, plus point 1 where a biometric fact implies it. */
function annexIIIHits(p: AiSystemProfile): AnnexIIIHit[] {
  const hits: AnnexIIIHit[] = p.annexIIIAreas.map((area) => ({
    area,
    point: String(ANNEX_III_RULES[area].point),
    label: ANNEX_III_RULES[area].label,
    via: "the profile lists this Annex III area",
  }));
  if (!p.annexIIIAreas.includes("biometrics")) {
    const implied = ANNEX_III_BIOMETRIC_FACTS.filter((rule) => p[rule.fact]);
    if (implied.length > 0)
      hits.unshift({
        area: "biometrics",
        point: implied.map((rule) => rule.point).join(", "),
        label: listWords(implied.map((rule) => rule.label)),
        via: "the system performs a biometric function that Annex III point 1 lists",
      });
  }
  return hits;
}

/**
 * EU AI Act classification (Regulation (EU) 2024/1689): territorial scope (Art. 2), roles
 * (Art. 3(3)–(4)), prohibited practices (Art. 5), high-risk through Annex I (Art. 6(1)) or Annex III
 * (Art. 6(2)) with the Art. 6(3) exception and the profiling rule, transparency (Art. 50) and
 * general-purpose AI models (Arts. 53–55). Class precedence: prohibited > high-risk > limited-risk
 * (Art. 50 duties only) > minimal-risk.
 */
export function evaluateEuAiAct(p: AiSystemProfile, asOf: string): EuResult {
  const notes: Finding[] = [];
  if (p.jurisdictions.eu.length === 0) {
    notes.push(
      finding(
        "eu.out_of_scope",
        "The EU AI Act does not apply",
        "The profile lists no EU member state: the system is neither placed on the EU market nor used in the Union. If its output is used in the EU, the Act applies even to providers and deployers outside it.",
        `${ACT} Art. 2(1)`,
      ),
    );
    return { euRiskClass: "out-of-scope", euRoles: [], framework: null, notes };
  }
  const roles = euRolesOf(p);
  const findings: Finding[] = [
    finding(
      "eu.scope",
      "The EU AI Act applies",
      `The system is placed on the market or used in the EU (${p.jurisdictions.eu.join(", ")}).`,
      `${ACT} Art. 2(1)`,
    ),
  ];
  const roleResult = roleFindings(p, roles);
  findings.push(...roleResult.findings);
  notes.push(...roleResult.notes);

  const fired = new Set<string>();
  const classes = new Set<string>();

  for (const practice of p.prohibitedPractices) {
    const rule = PROHIBITED_PRACTICE_RULES[practice];
    fired.add(rule.id);
    classes.add("prohibited");
    findings.push(
      finding(
        `eu.prohibited.${practice}`,
        `Prohibited practice: ${rule.label}`,
        rule.reason,
        `${ACT} ${rule.id}`,
      ),
    );
  }

  if (p.annexIProductSafety)
    findings.push(
      finding(
        "eu.high_risk.annex_i",
        "High-risk: product safety under Annex I",
        "The system is a safety component of, or is itself, a product covered by the Union harmonisation legislation in Annex I that needs a third-party conformity assessment. The Art. 6(3) exception does not apply to this route.",
        `${ACT} Art. 6(1), Annex I`,
      ),
    );

  const hits = annexIIIHits(p);
  const conditions = p.art63Conditions.map((c) => ART_6_3_RULES[c]);
  const exception = hits.length > 0 && conditions.length > 0 && !p.performsProfiling;
  const annexIIIHighRisk = hits.length > 0 && !exception;
  for (const hit of hits)
    findings.push(
      finding(
        `eu.${exception ? "annex_iii" : "high_risk.annex_iii"}.${hit.area}`,
        exception
          ? `Annex III point ${hit.point} use (${hit.label}), not high-risk under Art. 6(3)`
          : `High-risk: Annex III point ${hit.point} (${hit.label})`,
        `The system is used in an area Annex III lists: ${hit.label} (${hit.via}).`,
        `${ACT} Art. 6(2), Annex III point ${hit.point}`,
      ),
    );
  if (exception) {
    fired.add("Art. 6(4)");
    findings.push(
      finding(
        "eu.not_high_risk.art_6_3",
        "The Art. 6(3) exception applies: not high-risk",
        `The system ${listWords(conditions.map((c) => `${c.label} (${c.letter})`))} and does not profile natural persons. The exception also needs the system to pose no significant risk of harm; a provider relying on it must document the assessment and register the system.`,
        `${ACT} Art. 6(3)(${conditions.map((c) => c.letter).join(", ")}), Art. 6(4)`,
      ),
    );
  } else if (hits.length > 0 && p.performsProfiling) {
    findings.push(
      finding(
        "eu.high_risk.profiling",
        "Profiling keeps the system high-risk",
        conditions.length > 0
          ? "An Art. 6(3) condition holds, but the system profiles natural persons, and an Annex III system that profiles is always high-risk."
          : "The system profiles natural persons; an Annex III system that profiles is always high-risk, whatever Art. 6(3) condition might hold.",
        `${ACT} Art. 6(3), last subparagraph`,
      ),
    );
  } else if (hits.length > 0) {
    notes.push(
      finding(
        "eu.art_6_3.unanswered",
        "Art. 6(3) not answered: classified high-risk",
        "The system falls in an Annex III area and no Art. 6(3) condition was recorded. If it only performs a narrow procedural or preparatory task, improves a completed human activity, or detects patterns without replacing human assessment, and does not profile people, it may not be high-risk.",
        `${ACT} Art. 6(3)`,
      ),
    );
  }

  const highRisk = p.annexIProductSafety || annexIIIHighRisk;
  if (highRisk) classes.add("high-risk");
  if (annexIIIHighRisk) {
    fired.add("Art. 26(11)");
    fired.add("Art. 86");
  }
  const scopes: string[] = [];
  if (p.isGovernmentalEntity) scopes.push("public-body");
  if (p.annexIIIAreas.includes("employment") || p.consequentialDecisions.includes("employment"))
    scopes.push("employer");
  if (p.annexIIIAreas.includes("law_enforcement") && p.remoteBiometricIdentification)
    scopes.push("law-enforcement");

  const providerRegisters = roles.includes("provider") && (annexIIIHighRisk || exception);
  const publicBodyRegisters = roles.includes("deployer") && p.isGovernmentalEntity && highRisk;
  if (providerRegisters || publicBodyRegisters) fired.add("Art. 49");

  if (highRisk && roles.includes("provider"))
    findings.push(
      finding(
        "eu.provider.high_risk",
        "Provider duties for a high-risk system apply",
        "As provider of a high-risk system the organization must meet the Chapter III Section 2 requirements (risk management, data governance, documentation, logging, transparency, human oversight, accuracy and security), run a quality management system, pass conformity assessment, draw up the declaration, CE-mark, register, and monitor after market placement.",
        `${ACT} Arts. 9–17, 43, 47–49, 72, 73`,
      ),
    );
  if (highRisk && roles.includes("deployer"))
    findings.push(
      finding(
        "eu.deployer.high_risk",
        "Deployer duties for a high-risk system apply",
        "As deployer of a high-risk system the organization must use it according to its instructions, assign competent human oversight, check input data, monitor it, keep logs for six months, inform workers and affected persons, and cooperate with authorities.",
        `${ACT} Art. 26`,
      ),
    );

  const friaAreas = hits.filter((hit) => hit.area !== "critical_infrastructure");
  const creditOrInsurance =
    p.annexIIIAreas.includes("essential_services") &&
    (p.consequentialDecisions.includes("lending") || p.consequentialDecisions.includes("insurance"));
  if (roles.includes("deployer") && annexIIIHighRisk && friaAreas.length > 0) {
    if (p.isGovernmentalEntity || creditOrInsurance) {
      fired.add("Art. 27");
      findings.push(
        finding(
          "eu.deployer.fria",
          "A fundamental rights impact assessment is required before first use",
          p.isGovernmentalEntity
            ? "The deployer is a body governed by public law using an Annex III high-risk system."
            : "The system is used to assess creditworthiness or price life or health insurance (Annex III points 5(b) and 5(c)).",
          `${ACT} Art. 27(1)`,
        ),
      );
    } else
      notes.push(
        finding(
          "eu.fria.private_public_service",
          "Check whether a fundamental rights impact assessment is needed",
          "Private entities that provide public services (for example education, health care or housing on behalf of the state) must also carry out one before using an Annex III high-risk system; the profile does not record this.",
          `${ACT} Art. 27(1)`,
        ),
      );
  }

  for (const rule of TRANSPARENCY_RULES) {
    if (!rule.facts.some((fact) => p[fact])) continue;
    classes.add("transparency");
    fired.add(rule.id);
    const ours = roles.includes(rule.holder);
    findings.push(
      finding(
        rule.code,
        ours ? rule.conclusion : `${rule.conclusion} (the ${rule.holder}'s duty, not this organization's)`,
        rule.reason,
        `${ACT} ${rule.id}`,
      ),
    );
  }

  const gpai = gpaiFindings(p, roles);
  for (const c of gpai.classes) classes.add(c);
  findings.push(...gpai.findings);
  notes.push(...gpai.notes);

  if (roles.length > 0)
    findings.push(
      finding(
        "eu.ai_literacy",
        "AI literacy measures are required",
        "Every provider and deployer of an AI system in scope must make sure its staff and others operating the system for it have enough AI literacy for their role.",
        `${ACT} Art. 4`,
      ),
    );

  const euRiskClass: EuRiskClass = classes.has("prohibited")
    ? "prohibited"
    : highRisk
      ? "high-risk"
      : classes.has("transparency")
        ? "limited-risk"
        : "minimal-risk";
  findings.push(riskClassFinding(euRiskClass));

  const obligations = selectObligations(EU_AI_ACT_REF, {
    roles,
    riskClasses: [...classes],
    scopes,
    conditional: new Set(Object.keys(EU_CONDITIONAL)),
    fired,
  });
  findings.push(...dateFindings(obligations, asOf, p.annexIProductSafety));
  notes.push(...missingFactNotes(p, roles, highRisk));

  return {
    euRiskClass,
    euRoles: roles,
    framework: { frameworkRef: EU_AI_ACT_REF, roles, riskClass: euRiskClass, obligations, findings },
    notes,
  };
}
