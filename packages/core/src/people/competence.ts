/**
 * Competence rules (ISO/IEC 42001 7.2, A.4.6; EU AI Act Art. 4 AI literacy): which competences a
 * person needs through the roles they hold, whether their training still holds, and who is AI
 * literate. Dates are calendar days (YYYY-MM-DD, UTC); `expiresOn` is the last day training holds.
 */
import { addDays } from "../evidence/evidence-state.js";
import { addMonths } from "../impact-assessments/lifecycle.js";

/** Days before expiry from which training shows as "expiring" (it still counts until then). */
export const TRAINING_EXPIRY_WARNING_DAYS = 30;

export const COMPETENCE_STATUSES = ["met", "expiring", "expired", "missing"] as const;
export type CompetenceStatus = (typeof COMPETENCE_STATUSES)[number];

/** Populations the AI-literacy share can be measured over. */
export const AI_LITERACY_POPULATIONS = ["role_holders", "active_users"] as const;
export type AiLiteracyPopulation = (typeof AI_LITERACY_POPULATIONS)[number];

export type TrainingFacts = {
  id: string;
  userId: string;
  competenceId: string;
  completedOn: string;
  expiresOn: string | null;
};
export type CompetenceFacts = { id: string; validityMonths: number | null; aiLiteracy: boolean };
export type RoleRequirement = { roleId: string; competenceId: string };

/** Whether a status leaves a gap to close (expiring training still counts). */
export function isGap(status: CompetenceStatus): boolean {
  return status === "expired" || status === "missing";
}

/**
 * When training stops holding: its own expiry when recorded; otherwise completion plus the
 * competence's validity; never when neither is set.
 */
export function trainingExpiresOn(
  record: Pick<TrainingFacts, "completedOn" | "expiresOn">,
  validityMonths: number | null,
): string | null {
  if (record.expiresOn) return record.expiresOn;
  return validityMonths ? addMonths(record.completedOn, validityMonths) : null;
}

/** Where one training record stands on `today`. */
export function trainingStatus(
  expiresOn: string | null,
  today: string,
): Exclude<CompetenceStatus, "missing"> {
  if (expiresOn === null) return "met";
  if (expiresOn < today) return "expired";
  if (expiresOn <= addDays(today, TRAINING_EXPIRY_WARNING_DAYS)) return "expiring";
  return "met";
}

export type CompetenceStanding = {
  status: CompetenceStatus;
  /** The record the status rests on: the one that holds longest, else the latest expired. */
  recordId: string | null;
  expiresOn: string | null;
};

const laterExpiry = (a: string | null, b: string | null) => (a === null ? true : b === null ? false : a > b);

/** A person's standing in one competence from their training records in it. */
export function competenceStanding(
  records: readonly Pick<TrainingFacts, "id" | "completedOn" | "expiresOn">[],
  competence: Pick<CompetenceFacts, "validityMonths">,
  today: string,
): CompetenceStanding {
  let best: { id: string; expiresOn: string | null } | null = null;
  for (const r of records) {
    const expiresOn = trainingExpiresOn(r, competence.validityMonths);
    if (!best || laterExpiry(expiresOn, best.expiresOn)) best = { id: r.id, expiresOn };
  }
  if (!best) return { status: "missing", recordId: null, expiresOn: null };
  return { status: trainingStatus(best.expiresOn, today), recordId: best.id, expiresOn: best.expiresOn };
}

export type PersonCompetence = CompetenceStanding & {
  competenceId: string;
  /** The roles that require it. */
  requiredBy: string[];
};

/**
 * For one person, every competence the roles they hold require and how they stand in it
 * (7.2 a–c: determine the competence needed, ensure it, act on gaps).
 */
export function personCompetences(input: {
  roleIds: readonly string[];
  requirements: readonly RoleRequirement[];
  competences: ReadonlyMap<string, Pick<CompetenceFacts, "validityMonths">>;
  /** This person's training records. */
  records: readonly Pick<TrainingFacts, "id" | "competenceId" | "completedOn" | "expiresOn">[];
  today: string;
}): PersonCompetence[] {
  const held = new Set(input.roleIds);
  const requiredBy = new Map<string, string[]>();
  for (const r of input.requirements) {
    if (!held.has(r.roleId) || !input.competences.has(r.competenceId)) continue;
    requiredBy.set(r.competenceId, [...(requiredBy.get(r.competenceId) ?? []), r.roleId]);
  }
  return [...requiredBy].map(([competenceId, roles]) => ({
    competenceId,
    requiredBy: roles,
    ...competenceStanding(
      input.records.filter((r) => r.competenceId === competenceId),
      input.competences.get(competenceId)!,
      input.today,
    ),
  }));
}

/** How many of each status a list has. */
export function statusCounts(statuses: readonly CompetenceStatus[]): Record<CompetenceStatus, number> {
  const counts: Record<CompetenceStatus, number> = { met: 0, expiring: 0, expired: 0, missing: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}

export type RoleCompetenceGrid = {
  members: { userId: string; statuses: Record<string, CompetenceStatus> }[];
  counts: Record<CompetenceStatus, number>;
  /** Members with no gap in any required competence. */
  membersComplete: number;
};

type RecordOf = Pick<TrainingFacts, "id" | "userId" | "competenceId" | "completedOn" | "expiresOn">;

/** Records grouped by `key` once, so a page's cells look theirs up instead of scanning them all. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Per role: its members × the competences it requires, with the status of each cell. */
export function roleCompetenceGrid(input: {
  memberIds: readonly string[];
  competenceIds: readonly string[];
  competences: ReadonlyMap<string, Pick<CompetenceFacts, "validityMonths">>;
  records: readonly RecordOf[];
  today: string;
}): RoleCompetenceGrid {
  const byCell = groupBy(input.records, (r) => `${r.userId}:${r.competenceId}`);
  const all: CompetenceStatus[] = [];
  let membersComplete = 0;
  const members = input.memberIds.map((userId) => {
    const statuses: Record<string, CompetenceStatus> = {};
    for (const competenceId of input.competenceIds) {
      const competence = input.competences.get(competenceId);
      if (!competence) continue;
      const own = byCell.get(`${userId}:${competenceId}`) ?? [];
      statuses[competenceId] = competenceStanding(own, competence, input.today).status;
      all.push(statuses[competenceId]);
    }
    if (!Object.values(statuses).some(isGap)) membersComplete += 1;
    return { userId, statuses };
  });
  return { members, counts: statusCounts(all), membersComplete };
}

export type AiLiteracySummary = {
  total: number;
  literate: number;
  /** literate / total, null when nobody is counted. */
  share: number | null;
  /** People without current AI-literacy training: expired when they had some, else missing. */
  without: { userId: string; status: "expired" | "missing" }[];
};

/**
 * EU AI Act Art. 4: staff dealing with AI systems need a sufficient level of AI literacy. A person
 * counts as AI literate with a current (met or expiring) training record in any competence
 * flagged `aiLiteracy`.
 */
export function aiLiteracySummary(input: {
  userIds: readonly string[];
  competences: readonly CompetenceFacts[];
  records: readonly RecordOf[];
  today: string;
}): AiLiteracySummary {
  const literacy = new Map(input.competences.filter((c) => c.aiLiteracy).map((c) => [c.id, c]));
  const byUser = groupBy(input.records, (r) => r.userId);
  const without: AiLiteracySummary["without"] = [];
  for (const userId of input.userIds) {
    const statuses = (byUser.get(userId) ?? [])
      .filter((r) => literacy.has(r.competenceId))
      .map((r) =>
        trainingStatus(trainingExpiresOn(r, literacy.get(r.competenceId)!.validityMonths), input.today),
      );
    if (statuses.some((s) => !isGap(s))) continue;
    without.push({ userId, status: statuses.length ? "expired" : "missing" });
  }
  const total = input.userIds.length;
  const literate = total - without.length;
  return { total, literate, share: total ? literate / total : null, without };
}
