/**
 * When an assessment is needed and when it is due again: the templates a system's classification
 * requires, and whether a change of the inventory record is substantial enough to reassess
 * (ISO/IEC 42001 8.4 "when significant changes are proposed or happen"; C.R.S. 6-1-1703(3)(a)
 * within 90 days of an intentional and substantial modification; EU AI Act Art. 27(2) update).
 */
import type { TemplateId } from "./templates.js";

/** The parts of an AI system view the modification rule compares. */
export type SystemSnapshot = {
  purpose: string;
  intendedUse: string;
  euRiskClass: string;
  models: { name: string; type: string; provider: string; version: string }[];
  datasets: { name: string; source: string }[];
  profile: {
    jurisdictions: { eu: string[]; us: string[]; other: string[] };
    decisionRole: string;
    consequentialDecisions: string[];
    annexIIIAreas: string[];
    automationLevel: string;
    processesPersonalData: boolean;
    processesSpecialCategoryData: boolean;
  };
};

const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
const added = (before: readonly string[], after: readonly string[]) =>
  after.filter((x) => !before.includes(x));
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Whether the change from `before` to `after` is a substantial modification, with the reasons.
 * Changed purpose or intended use, models, datasets, EU risk class, new jurisdictions or decision
 * domains, a bigger decision role, less human control or newly processed personal data count;
 * name, owner, business unit and life-cycle stage changes do not.
 */
export function isSubstantialModification(
  before: SystemSnapshot,
  after: SystemSnapshot,
): { substantial: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const b = before.profile;
  const a = after.profile;
  if (norm(before.purpose) !== norm(after.purpose)) reasons.push("the purpose changed");
  if (norm(before.intendedUse) !== norm(after.intendedUse)) reasons.push("the intended use changed");
  const model = (m: SystemSnapshot["models"][number]) =>
    norm(`${m.name}|${m.type}|${m.provider}|${m.version}`);
  if (!sameSet(before.models.map(model), after.models.map(model))) reasons.push("the models changed");
  const dataset = (d: SystemSnapshot["datasets"][number]) => norm(`${d.name}|${d.source}`);
  if (!sameSet(before.datasets.map(dataset), after.datasets.map(dataset)))
    reasons.push("the datasets changed");
  if (before.euRiskClass !== after.euRiskClass)
    reasons.push(`the EU risk class changed from ${before.euRiskClass} to ${after.euRiskClass}`);
  const places = (p: SystemSnapshot["profile"]) => [
    ...p.jurisdictions.eu.map((c) => `EU ${c}`),
    ...p.jurisdictions.us.map((c) => `US ${c}`),
    ...p.jurisdictions.other,
  ];
  const newPlaces = added(places(b), places(a));
  if (newPlaces.length) reasons.push(`new jurisdictions: ${newPlaces.join(", ")}`);
  const newDomains = added(b.consequentialDecisions, a.consequentialDecisions);
  if (newDomains.length) reasons.push(`new consequential decisions: ${newDomains.join(", ")}`);
  if (!sameSet(b.annexIIIAreas, a.annexIIIAreas)) reasons.push("the EU AI Act Annex III areas changed");
  if (b.decisionRole !== a.decisionRole)
    reasons.push(`the decision role changed from ${b.decisionRole} to ${a.decisionRole}`);
  if (b.automationLevel !== a.automationLevel)
    reasons.push(`the automation level changed from ${b.automationLevel} to ${a.automationLevel}`);
  if (!b.processesPersonalData && a.processesPersonalData) reasons.push("it now processes personal data");
  if (!b.processesSpecialCategoryData && a.processesSpecialCategoryData)
    reasons.push("it now processes special-category data");
  return { substantial: reasons.length > 0, reasons };
}

/** The parts of a classification the rule reads (finding codes). */
export type ClassificationFindings = {
  frameworks: { findings: { code: string; provision: string }[] }[];
  notes: { code: string; provision: string }[];
};

export type RequiredTemplate = { templateId: TemplateId; reason: string; provision: string };

/**
 * Templates a system needs: always the AI system impact assessment (ISO/IEC 42001 6.1.4); the FRIA
 * when the EU AI Act Art. 27 finding applies; the Colorado assessment when 6-1-1703(3) applies.
 */
export function requiredTemplates(c: ClassificationFindings): RequiredTemplate[] {
  const findings = [...c.frameworks.flatMap((f) => f.findings), ...c.notes];
  const out: RequiredTemplate[] = [
    {
      templateId: "ai-system-impact",
      reason: "Every AI system in scope is assessed for its impact on people and society.",
      provision: "ISO/IEC 42001 6.1.4, 8.4, A.5.2",
    },
  ];
  const fria = findings.find((f) => f.code.startsWith("eu.deployer.fria"));
  if (fria)
    out.push({
      templateId: "eu-fria",
      reason: "A fundamental rights impact assessment is required before first use.",
      provision: fria.provision,
    });
  const colorado = findings.find((f) => f.code === "colorado.deployer.impact_assessment");
  if (colorado)
    out.push({
      templateId: "colorado-deployer",
      reason: "Colorado requires a deployer impact assessment, yearly and after substantial changes.",
      provision: colorado.provision,
    });
  return out;
}
