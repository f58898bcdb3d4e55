/**
 * Rules of the concerns feature (ISO/IEC 42001 A.3.3): anyone may raise a concern about an AI system
 * or the AIMS; managers triage it through a small workflow; the reporter may stay anonymous.
 */
import { DomainError } from "../errors/domain-error.js";
import { roleHas, type Role } from "../permissions/matrix.js";

export const CONCERN_CATEGORIES = [
  "safety",
  "fairness",
  "privacy",
  "transparency",
  "security",
  "legal",
  "other",
] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

export const CONCERN_STATUSES = ["new", "triaged", "investigating", "resolved", "dismissed"] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

export const CONCERN_SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type ConcernSeverity = (typeof CONCERN_SEVERITIES)[number];

/** A concern in one of these states is closed: it carries a resolution and its reporter is told. */
export const CLOSED_CONCERN_STATUSES: readonly ConcernStatus[] = ["resolved", "dismissed"];

export function isClosedConcern(status: ConcernStatus): boolean {
  return CLOSED_CONCERN_STATUSES.includes(status);
}

/**
 * The workflow. A new concern is triaged (or dismissed at once, e.g. a duplicate); a triaged one is
 * investigated or closed. A closed concern may be reopened: a resolved one goes back to
 * investigating, a dismissed one back to triaged.
 */
export const CONCERN_TRANSITIONS: Readonly<Record<ConcernStatus, readonly ConcernStatus[]>> = {
  new: ["triaged", "dismissed"],
  triaged: ["investigating", "resolved", "dismissed"],
  investigating: ["resolved", "dismissed"],
  resolved: ["investigating"],
  dismissed: ["triaged"],
};

export function nextConcernStatuses(from: ConcernStatus): readonly ConcernStatus[] {
  return CONCERN_TRANSITIONS[from];
}

/** The triage facts of a concern that the workflow rules look at. */
export type ConcernTriageState = {
  status: ConcernStatus;
  severity: ConcernSeverity | null;
  resolution: string;
};

/** What a triager asks to change; fields left out keep their value. */
export type ConcernTriageChange = {
  status?: ConcernStatus;
  severity?: ConcernSeverity | null;
  resolution?: string;
};

/**
 * Applies a triage change and checks the workflow: only listed transitions; a concern past "new"
 * (other than dismissed) needs a severity; closing needs a resolution. Reopening clears the
 * resolution so the next closing explains itself again (the old one stays in the audit trail).
 * Throws RULE_VIOLATION (422) with the allowed next states when the change breaks a rule.
 */
export function applyConcernTriage(
  current: ConcernTriageState,
  change: ConcernTriageChange,
): ConcernTriageState & { closedNow: boolean; reopened: boolean } {
  const status = change.status ?? current.status;
  const moving = status !== current.status;
  const allowed = nextConcernStatuses(current.status);
  if (moving && !allowed.includes(status)) {
    throw new DomainError(
      "RULE_VIOLATION",
      `a ${current.status} concern cannot become ${status}; next: ${allowed.join(", ")}`,
      { from: current.status, to: status, allowed },
    );
  }
  const reopened = moving && isClosedConcern(current.status) && !isClosedConcern(status);
  const severity = change.severity !== undefined ? change.severity : current.severity;
  const resolution = (change.resolution ?? (reopened ? "" : current.resolution)).trim();
  if (severity === null && status !== "new" && status !== "dismissed") {
    throw new DomainError("RULE_VIOLATION", `set a severity before the concern becomes ${status}`, {
      issues: [{ path: "severity", message: "required once the concern is triaged" }],
      allowed,
    });
  }
  if (isClosedConcern(status) && resolution.length === 0) {
    throw new DomainError("RULE_VIOLATION", `explain the outcome in the resolution to close the concern`, {
      issues: [{ path: "resolution", message: "required to close the concern" }],
      allowed,
    });
  }
  return {
    status,
    severity,
    resolution,
    closedNow: moving && isClosedConcern(status),
    reopened,
  };
}

/**
 * How much of the concerns a role sees: triagers (who may approve records) see and change all;
 * those who read the audit trail read all; everyone else sees the concerns they raised or were
 * assigned to investigate.
 */
export type ConcernAccess = "triage" | "read_all" | "own";

export function concernAccessOf(role: Role): ConcernAccess {
  if (roleHas(role, "records:approve")) return "triage";
  if (roleHas(role, "audit:read")) return "read_all";
  return "own";
}

/** A severity on a 5-point impact scale, for a risk started from a concern. */
export const SEVERITY_IMPACT: Readonly<Record<ConcernSeverity, number>> = {
  low: 2,
  medium: 3,
  high: 4,
  critical: 5,
};
