import type { AiSystemProfile } from "../contracts/ai-systems.js";
import { finding, listWords } from "./obligations.js";
import type { Finding } from "./types.js";

/** US states whose AI laws these rules evaluate. */
export const EVALUATED_US_STATES = ["CO", "TX"] as const;

/** Notes not tied to one law: missing or contradictory facts that would change the result. */
export function crossLawNotes(p: AiSystemProfile): Finding[] {
  const out: Finding[] = [];
  const { eu, us, other } = p.jurisdictions;
  if (eu.length === 0 && us.length === 0 && other.length === 0)
    out.push(
      finding(
        "jurisdictions.missing",
        "No jurisdiction recorded: no law could be assessed",
        "Record where the system is offered or used (EU member states, US states, other countries); only ISO/IEC 42001 is shown until then.",
        "EU AI Act Art. 2; GDPR Art. 3; C.R.S. 6-1-1701; Tex. Bus. & Com. Code ch. 551",
      ),
    );
  if (other.length > 0)
    out.push(
      finding(
        "jurisdictions.other_not_assessed",
        `Laws of ${listWords(other)} are not assessed`,
        "These rules cover the EU AI Act, GDPR, Colorado and Texas; check the local law yourself.",
        "n/a",
      ),
    );
  const otherStates = us.filter((s) => !(EVALUATED_US_STATES as readonly string[]).includes(s));
  if (otherStates.length > 0 && p.consequentialDecisions.length > 0 && p.decisionRole !== "none")
    out.push(
      finding(
        "us.state_law.check",
        `Check state law in ${listWords(otherStates)}`,
        "The system takes part in consequential decisions about people in US states whose AI, privacy or anti-discrimination rules are not evaluated here (for example automated-decision rules in privacy laws or local hiring-tool audit rules).",
        "state law",
      ),
    );
  if (p.consequentialDecisions.length > 0 && p.decisionRole === "none")
    out.push(
      finding(
        "decisions.role_missing",
        "Decision domains recorded without a decision role",
        "The profile lists consequential-decision domains but says the system plays no part in the decisions; record whether it supports, is a substantial factor in, or makes them — Colorado, GDPR Art. 22 and Art. 35 depend on it.",
        "C.R.S. 6-1-1701(3), (9); GDPR Art. 22",
      ),
    );
  if (p.consequentialDecisions.length === 0 && p.decisionRole !== "none")
    out.push(
      finding(
        "decisions.domain_missing",
        "Decision role recorded without a domain",
        "The profile says the system takes part in decisions but lists no domain (employment, education, lending, housing, insurance, health care, legal or government services); without one no consequential-decision rule can fire.",
        "C.R.S. 6-1-1701(3); GDPR Art. 22",
      ),
    );
  return out;
}
