/** The requirements of interested parties (ISO/IEC 42001 4.2 b, c): editing them and what is still open. */
import type { InterestedParty, PartyRequirement } from "@openaims/core";

/**
 * A requirement being edited; `id` is missing until the server has assigned one. `annexA` holds
 * the catalog keys of the Annex A controls it calls for (they justify them in the SoA, 6.1.3 d).
 */
export type RequirementDraft = {
  id?: string;
  text: string;
  addressed: boolean;
  how: string;
  annexA: string[];
};

export const emptyRequirement = (): RequirementDraft => ({ text: "", addressed: false, how: "", annexA: [] });

export function draftsOf(requirements: readonly PartyRequirement[]): RequirementDraft[] {
  return requirements.map((r) => ({ ...r, annexA: [...(r.annexA ?? [])] }));
}

/** What is sent: rows without text are dropped, texts trimmed, ids kept so each requirement keeps its identity. */
export function requirementsBody(drafts: readonly RequirementDraft[]): RequirementDraft[] {
  return drafts
    .filter((d) => d.text.trim())
    .map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      text: d.text.trim(),
      addressed: d.addressed,
      how: d.how.trim(),
      annexA: [...d.annexA],
    }));
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether the edited list differs from the stored one. */
export function requirementsChanged(
  stored: readonly PartyRequirement[],
  drafts: readonly RequirementDraft[],
): boolean {
  const next = requirementsBody(drafts);
  return (
    next.length !== stored.length ||
    next.some((d, i) => {
      const s = stored[i]!;
      return (
        d.id !== s.id ||
        d.text !== s.text ||
        d.addressed !== s.addressed ||
        d.how !== s.how ||
        !sameList(d.annexA, s.annexA ?? [])
      );
    })
  );
}

/**
 * Server messages for single rows: an issue on `requirements.<i>…` is shown under the i-th row sent.
 * Rows without text are not sent, so the index is mapped back to the edited list.
 */
export function rowErrorsOf(
  drafts: readonly RequirementDraft[],
  issues: readonly { path: string; message: string }[],
): Record<number, string> {
  const sentRows = drafts.flatMap((d, i) => (d.text.trim() ? [i] : []));
  const out: Record<number, string> = {};
  for (const issue of issues) {
    const match = /^(?:body\.)?requirements\.(\d+)\./.exec(issue.path);
    const row = match ? sentRows[Number(match[1])] : undefined;
    if (row !== undefined && !(row in out)) out[row] = issue.message;
  }
  return out;
}

/** "iso-iec-42001:2023/A.8.3" → "A.8.3". */
export const annexAIdOf = (key: string): string => key.split("/").pop() ?? key;

/** Annex A ids in reading order: A.2.2 < A.6.2.4 < A.10.3. */
export const byAnnexAId = (a: string, b: string): number =>
  annexAIdOf(a).localeCompare(annexAIdOf(b), "en", { numeric: true });

/** Every Annex A control any requirement of the party calls for, once each, in reading order. */
export function linkedAnnexA(party: Pick<InterestedParty, "requirements">): string[] {
  return [...new Set(party.requirements.flatMap((r) => r.annexA ?? []))].sort(byAnnexAId);
}

export type OpenRequirement = { partyId: string; partyKey: string; partyName: string; text: string };

/** Every requirement not yet addressed, party by party in list order. */
export function openRequirements(parties: readonly InterestedParty[]): OpenRequirement[] {
  return parties.flatMap((p) =>
    p.requirements
      .filter((r) => !r.addressed)
      .map((r) => ({ partyId: p.id, partyKey: p.key, partyName: p.name, text: r.text })),
  );
}

/** "5 of 8 requirements addressed; 2 parties have open requirements." */
export function partiesSummary(parties: readonly InterestedParty[]): {
  requirements: number;
  addressed: number;
  partiesWithOpen: number;
} {
  return {
    requirements: parties.reduce((n, p) => n + p.requirements.length, 0),
    addressed: parties.reduce((n, p) => n + p.requirements.filter((r) => r.addressed).length, 0),
    partiesWithOpen: parties.filter((p) => p.requirements.some((r) => !r.addressed)).length,
  };
}
