/** The requirements of interested parties (ISO/IEC 42001 4.2 b, c): editing them and what is still open. */
import type { InterestedParty, PartyRequirement } from "@openaims/core";

/** A requirement being edited; `id` is missing until the server has assigned one. */
export type RequirementDraft = { id?: string; text: string; addressed: boolean; how: string };

export function draftsOf(requirements: readonly PartyRequirement[]): RequirementDraft[] {
  return requirements.map((r) => ({ ...r }));
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
    }));
}

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
      return d.id !== s.id || d.text !== s.text || d.addressed !== s.addressed || d.how !== s.how;
    })
  );
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
