/** The scope editor's values, the PATCH it sends, and who may approve a version. */
import type { ScopeVersion, UpdateScopeVersion } from "@openaims/core";
import type { SCOPE_STATUSES } from "@openaims/core";

export type ScopeStatus = (typeof SCOPE_STATUSES)[number];

export const SCOPE_STATUS_LABELS: Record<ScopeStatus, { label: string; color: string }> = {
  draft: { label: "Draft", color: "yellow" },
  approved: { label: "Approved", color: "green" },
  superseded: { label: "Superseded", color: "gray" },
};

export type ExclusionDraft = { item: string; justification: string };

export type ScopeValues = {
  description: string;
  businessUnitIds: string[];
  aiSystemIds: string[];
  exclusions: ExclusionDraft[];
  boundaries: string;
  reassessBy: string;
};

export function scopeValuesOf(v: ScopeVersion): ScopeValues {
  return {
    description: v.description,
    businessUnitIds: [...v.businessUnitIds],
    aiSystemIds: [...v.aiSystemIds],
    exclusions: v.exclusions.map((e) => ({ ...e })),
    boundaries: v.boundaries,
    reassessBy: v.reassessBy ?? "",
  };
}

/** Exclusions as sent: trimmed, fully empty rows dropped (a half-filled row is sent, so the server names what is missing). */
export function exclusionsOf(rows: readonly ExclusionDraft[]): ExclusionDraft[] {
  return rows
    .map((e) => ({ item: e.item.trim(), justification: e.justification.trim() }))
    .filter((e) => e.item || e.justification);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The PATCH body of a draft: the version read and the fields that differ; null when nothing changed. */
export function scopeChanges(v: ScopeVersion, values: ScopeValues): UpdateScopeVersion | null {
  const body: UpdateScopeVersion = { version: v.version };
  if (values.description !== v.description) body.description = values.description;
  if (values.boundaries !== v.boundaries) body.boundaries = values.boundaries;
  if (!sameList(values.businessUnitIds, v.businessUnitIds)) body.businessUnitIds = values.businessUnitIds;
  if (!sameList(values.aiSystemIds, v.aiSystemIds)) body.aiSystemIds = values.aiSystemIds;
  const exclusions = exclusionsOf(values.exclusions);
  if (
    JSON.stringify(exclusions) !==
    JSON.stringify(v.exclusions.map((e) => ({ item: e.item, justification: e.justification })))
  )
    body.exclusions = exclusions;
  const reassessBy = values.reassessBy || null;
  if (reassessBy !== v.reassessBy) body.reassessBy = reassessBy;
  return Object.keys(body).length > 1 ? body : null;
}

/**
 * Why the signed-in person may not approve a version, or null. Mirrors the server's rule
 * (it decides anyway): only drafts, only with the approve permission, never the drafter.
 */
export function scopeApprovalBlocker(
  v: Pick<ScopeVersion, "status" | "createdBy">,
  me: { userId: string; canApprove: boolean },
): string | null {
  if (v.status !== "draft") return `this version is ${v.status}; only a draft can be approved`;
  if (!me.canApprove) return "your role does not include approving records";
  if (v.createdBy === me.userId)
    return "you drafted this version; another manager or administrator must approve it";
  return null;
}
