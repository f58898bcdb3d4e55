import type { AiSystemProfile } from "../contracts/ai-systems.js";
import {
  COLORADO_HISTORY,
  COLORADO_SUPPORTS_REASON,
  COLORADO_VERSIONS,
  type ColoradoVersion,
} from "./colorado-rules.js";
import { finding, frameworkEffectiveFrom, listWords, longDate, selectObligations } from "./obligations.js";
import { decidesOrSubstantiallyInfluences, usRolesOf } from "./roles.js";
import type { ApplicableFramework, Finding } from "./types.js";

export type ColoradoResult = { framework: ApplicableFramework | null; notes: Finding[] };

/** The Colorado law in force on `asOf`: the latest whose catalog date has passed, else the first (upcoming). */
export function coloradoVersionFor(asOf: string): {
  version: ColoradoVersion;
  from: string;
  inForce: boolean;
} {
  const dated = COLORADO_VERSIONS.map((version) => ({
    version,
    from: frameworkEffectiveFrom(version.ref) ?? "",
  }));
  const inForce = dated.filter((d) => d.from <= asOf).pop();
  if (inForce) return { ...inForce, inForce: true };
  return { ...dated[0]!, inForce: false };
}

/**
 * Colorado: applies when the system is used for Colorado consumers (`jurisdictions.us` has "CO") and
 * either (a) it is covered — a high-risk AI system under SB 24-205 (C.R.S. 6-1-1701(9)) or covered ADMT
 * under SB 26-189 — because it makes or is a substantial factor in a consequential decision in a listed
 * domain, or (b) under SB 24-205, it is meant to interact with consumers (C.R.S. 6-1-1704).
 * Developer duties (6-1-1702) bind providers/producers; deployer duties (6-1-1703) bind customers.
 */
export function evaluateColorado(p: AiSystemProfile, asOf: string): ColoradoResult {
  const notes: Finding[] = [];
  if (!p.jurisdictions.us.includes("CO")) return { framework: null, notes };
  const { version, from, inForce } = coloradoVersionFor(asOf);
  const roles = usRolesOf(p);
  const domains = p.consequentialDecisions.filter((d) => version.domains[d]);
  const outside = p.consequentialDecisions.filter((d) => !version.domains[d]);
  const narrow = version.narrowExclusion
    ? p.art63Conditions.filter(
        (c) => c === "narrow_procedural_task" || c === "detects_patterns_without_replacing",
      )
    : [];
  const influences = decidesOrSubstantiallyInfluences(p);
  const covered = domains.length > 0 && influences && narrow.length === 0;
  const interacts = "6-1-1704" in version.conditional && p.interactsWithNaturalPersons;

  if (domains.length > 0 && p.decisionRole === "supports")
    notes.push(
      finding(
        "colorado.supports_only",
        "Colorado: check the decision role",
        COLORADO_SUPPORTS_REASON,
        version.definition,
      ),
    );
  if (outside.length > 0 && influences)
    notes.push(
      finding(
        "colorado.domain_not_listed",
        `${version.name} does not list ${listWords(outside.map((d) => d.replaceAll("_", " ")))}`,
        version.ref.endsWith("sb26-189")
          ? "SB 26-189 reportedly dropped legal services from the consequential decisions SB 24-205 listed; decisions in this domain alone do not bring the system under it."
          : "This domain is not one of the law's consequential decisions.",
        version.definition,
      ),
    );

  if (!covered && !interacts) {
    notes.push(
      finding(
        "colorado.not_applicable",
        `${version.name} imposes no duty on this system`,
        narrow.length > 0 && domains.length > 0 && influences
          ? "The system is used for Colorado consumers in a consequential decision, but it is intended for a narrow procedural task or to detect decision patterns without replacing human assessment, which the definition excludes."
          : `The system is used in Colorado but does not ${version.trigger} in a domain the law lists${version.conditional["6-1-1704"] ? ", and does not interact with consumers" : ""}.`,
        narrow.length > 0 ? (version.narrowExclusion ?? version.definition) : version.definition,
      ),
    );
    return { framework: null, notes };
  }

  const findings: Finding[] = [...versionFindings(version, from, inForce, asOf)];
  if (covered) {
    findings.push(
      finding(
        `colorado.covered.${version.riskClass}`,
        `The system is a ${version.coveredLabel}`,
        `It ${p.decisionRole === "makes" ? "makes" : "is a substantial factor in"} consequential decisions about Colorado consumers in ${listWords(domains.map((d) => d.replaceAll("_", " ")))}.`,
        `${version.definition}; ${domains.map((d) => version.domains[d]).join("; ")}`,
      ),
    );
    if (version.riskClass === "covered-admt" && !p.processesPersonalData)
      findings.push(
        finding(
          "colorado.admt.personal_data_assumed",
          "Personal data assumed",
          "SB 26-189 covers technology that processes personal data. The profile records none, but a decision about a person almost always uses theirs; if it truly uses none, the law would not apply.",
          version.definition,
        ),
      );
    findings.push(...roleFindings(version, roles));
  }
  if (interacts)
    findings.push(
      finding(
        "colorado.consumer_interaction",
        "Consumers must be told they are interacting with AI",
        "The system is meant to interact with consumers; whoever offers or deploys it must disclose that it is an AI system unless that would be obvious to a reasonable person.",
        "C.R.S. 6-1-1704",
      ),
    );
  if (roles.length === 0)
    notes.push(
      finding(
        "colorado.role.missing",
        "Colorado: no developer or deployer role recorded",
        "Record whether the organization develops the system (provider or producer) or uses it (customer); Colorado's duties depend on it.",
        version.definition,
      ),
    );

  const obligations = selectObligations(version.ref, {
    roles,
    riskClasses: covered ? [version.riskClass] : [],
    scopes: [],
    conditional: new Set(Object.keys(version.conditional)),
    fired: new Set(interacts ? ["6-1-1704"] : []),
  });
  return {
    framework: {
      frameworkRef: version.ref,
      roles,
      riskClass: covered ? version.riskClass : null,
      obligations,
      findings,
    },
    notes,
  };
}

function versionFindings(version: ColoradoVersion, from: string, inForce: boolean, asOf: string): Finding[] {
  const out: Finding[] = [];
  const sb24 = version.ref.endsWith("sb24-205");
  out.push(
    finding(
      inForce ? "colorado.version" : "colorado.upcoming",
      inForce
        ? `${version.name} is the Colorado law in force on ${longDate(asOf)}`
        : `${version.name} applies from ${longDate(from)} (upcoming)`,
      sb24
        ? `Its duties apply from ${longDate(from)}: the signed text said ${longDate(COLORADO_HISTORY.sb24OriginalDate)}, and SB 25B-004 (signed ${longDate(COLORADO_HISTORY.sb25b004Signed)}) moved the date.`
        : `It repeals and re-enacts SB 24-205 as a law on automated decision-making technology, applying from ${longDate(from)}.`,
      sb24 ? "Colorado SB 24-205 as amended by SB 25B-004" : "Colorado SB 26-189",
    ),
  );
  if (sb24) {
    const next = COLORADO_VERSIONS.find((v) => v.ref.endsWith("sb26-189"));
    const nextFrom = next ? frameworkEffectiveFrom(next.ref) : null;
    if (next && nextFrom)
      out.push(
        finding(
          "colorado.successor",
          `${next.name} replaces it from ${longDate(nextFrom)}`,
          `${next.name} (signed ${longDate(COLORADO_HISTORY.sb26Signed)}, per secondary sources) repeals and re-enacts these sections with narrower disclosure-and-rights duties; secondary sources say the SB 24-205 duties never took effect. Reclassify on or after ${longDate(nextFrom)}.`,
          next.name,
        ),
      );
  }
  if (version.caveat)
    out.push(
      finding("colorado.secondary_sources", "Verify against the enacted text", version.caveat, version.name),
    );
  return out;
}

function roleFindings(version: ColoradoVersion, roles: string[]): Finding[] {
  const out: Finding[] = [];
  const sb24 = version.ref.endsWith("sb24-205");
  if (roles.includes("developer"))
    out.push(
      finding(
        "colorado.developer",
        "Developer duties apply",
        sb24
          ? "As developer the organization must use reasonable care against algorithmic discrimination, give deployers documentation and what they need for impact assessments, publish a statement of its high-risk systems, and tell the Attorney General and known deployers of discovered discrimination risks within 90 days."
          : "As developer the organization must give deployers documentation on intended and harmful uses, training data, limitations and human review, notify them of material updates, and keep records for about three years.",
        sb24 ? "C.R.S. 6-1-1702" : "SB 26-189, developer duties",
      ),
    );
  if (roles.includes("deployer")) {
    out.push(
      finding(
        "colorado.deployer",
        "Deployer duties apply",
        sb24
          ? "As deployer the organization must run a risk management policy and program, complete impact assessments, notify consumers before a decision and explain adverse ones with a chance to correct data and appeal, publish a statement, and tell the Attorney General within 90 days of discovered discrimination."
          : "As deployer the organization must give a notice at the point of interaction, explain an adverse outcome in plain language within about 30 days, let the person correct personal data and offer meaningful human review, and keep records for three years.",
        sb24 ? "C.R.S. 6-1-1703" : "SB 26-189, deployer duties and consumer rights",
      ),
    );
    if (sb24)
      out.push(
        finding(
          "colorado.deployer.impact_assessment",
          "Impact assessment: at deployment, then yearly and after changes",
          "Complete an impact assessment for the system once it is deployed on or after the date the duties apply, repeat it at least once a year and within 90 days after any intentional and substantial modification, and keep each one for three years after final deployment.",
          "C.R.S. 6-1-1703(3)(a), (3)(f)",
        ),
        finding(
          "colorado.deployer.small_deployer",
          "Small deployers may be exempt from parts of the duties",
          "A deployer with fewer than 50 full-time staff that does not train the system with its own data, uses it as intended and passes on the developer's impact assessment is exempt from the risk program, impact assessment and website statement; the profile does not record this.",
          "C.R.S. 6-1-1703(6)",
        ),
      );
    else
      out.push(
        finding(
          "colorado.deployer.no_impact_assessment",
          "No impact assessment duty under SB 26-189",
          "Secondary sources report that the risk management program and annual impact assessments of SB 24-205 were dropped.",
          "Colorado SB 26-189",
        ),
      );
  }
  return out;
}
