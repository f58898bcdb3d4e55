/** Words, colours and paths of the evidence pages. */
import type { EvidenceState, EvidenceTargetType } from "@openaims/core";
import { controlPath } from "../controls/control-paths";
import { requirementPathOfKey } from "../frameworks/framework-paths";
import { systemPath } from "../inventory/inventory-paths";
import { riskPath } from "../risks/risk-labels";

export const EVIDENCE_PATH = "/controls/evidence";
export const evidencePath = (id: string) => `${EVIDENCE_PATH}/${id}`;

export const EVIDENCE_STATE_LABELS: Record<EvidenceState, { label: string; color: string; hint: string }> = {
  current: { label: "Current", color: "green", hint: "Holds today and counts in coverage." },
  expiring: {
    label: "Expiring",
    color: "yellow",
    hint: "Still counts, but stops holding within 30 days: renew it.",
  },
  expired: {
    label: "Expired",
    color: "red",
    hint: "Past its valid-until date: no longer counts in coverage.",
  },
  not_yet_effective: {
    label: "Not yet effective",
    color: "gray",
    hint: "Its effective date is in the future: it does not count yet.",
  },
};

/** Link targets a person can pick. */
export const PICKABLE_TARGET_TYPES = [
  "control",
  "requirement",
  "risk",
  "ai_system",
  "document",
  "vendor",
] as const;
export type PickableTargetType = (typeof PICKABLE_TARGET_TYPES)[number];

export const TARGET_TYPE_LABELS: Record<EvidenceTargetType, string> = {
  control: "Control",
  requirement: "Requirement",
  risk: "Risk",
  ai_system: "AI system",
  document: "Document",
  vendor: "Vendor",
};

/** Where a linked record's page is in the web app, or null when it has none. */
export function targetPath(targetType: EvidenceTargetType, targetId: string): string | null {
  switch (targetType) {
    case "control":
      return controlPath(targetId);
    case "risk":
      return riskPath(targetId);
    case "ai_system":
      return systemPath(targetId);
    case "document":
      return `/governance/documents/${encodeURIComponent(targetId)}`;
    case "requirement":
      return requirementPathOfKey(targetId);
    case "vendor":
      return `/vendors/list/${targetId}`;
  }
}

/** "2.4 MiB", "512 KiB", "300 bytes". */
export function sizeLabel(bytes: number | null): string {
  if (bytes === null) return "—";
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
