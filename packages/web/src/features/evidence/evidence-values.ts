/** The evidence form: values as typed, and the bodies the API takes. */
import type { CreateEvidenceLink, EvidenceDetail, EvidenceTarget, UpdateEvidence } from "@openaims/core";
import type { UploadFields } from "./evidence-api";

export type EvidenceFormValues = {
  title: string;
  description: string;
  collectedOn: string;
  effectiveOn: string;
  validUntil: string;
  ownerId: string | null;
  businessUnitId: string | null;
  source: string;
  url: string;
};

export function emptyEvidence(today: string): EvidenceFormValues {
  return {
    title: "",
    description: "",
    collectedOn: today,
    effectiveOn: "",
    validUntil: "",
    ownerId: null,
    businessUnitId: null,
    source: "manual",
    url: "",
  };
}

export function evidenceValuesOf(e: EvidenceDetail): EvidenceFormValues {
  return {
    title: e.title,
    description: e.description,
    collectedOn: e.collectedOn,
    effectiveOn: e.effectiveOn ?? "",
    validUntil: e.validUntil ?? "",
    ownerId: e.ownerId,
    businessUnitId: e.businessUnitId,
    source: e.source,
    url: e.url ?? "",
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function linkBody(v: EvidenceFormValues, links: EvidenceTarget[]): CreateEvidenceLink {
  return {
    title: v.title,
    description: v.description,
    url: v.url.trim(),
    ...(v.collectedOn ? { collectedOn: v.collectedOn } : {}),
    effectiveOn: orNull(v.effectiveOn),
    validUntil: orNull(v.validUntil),
    ownerId: v.ownerId,
    businessUnitId: v.businessUnitId,
    source: v.source.trim() || "manual",
    links,
  };
}

export function uploadFields(v: EvidenceFormValues, links: EvidenceTarget[]): UploadFields {
  return { ...v, links };
}

/** Only the fields that changed, with the version read; null when nothing changed. */
export function evidenceChanges(e: EvidenceDetail, v: EvidenceFormValues): UpdateEvidence | null {
  const before = evidenceValuesOf(e);
  const changes: Record<string, unknown> = {};
  if (v.title !== before.title) changes.title = v.title;
  if (v.description !== before.description) changes.description = v.description;
  if (v.collectedOn !== before.collectedOn) changes.collectedOn = v.collectedOn;
  if (v.effectiveOn !== before.effectiveOn) changes.effectiveOn = orNull(v.effectiveOn);
  if (v.validUntil !== before.validUntil) changes.validUntil = orNull(v.validUntil);
  if (v.ownerId !== before.ownerId) changes.ownerId = v.ownerId;
  if (v.businessUnitId !== before.businessUnitId) changes.businessUnitId = v.businessUnitId;
  if (v.source !== before.source) changes.source = v.source;
  if (e.kind === "link" && v.url.trim() !== before.url) changes.url = v.url.trim();
  return Object.keys(changes).length ? ({ version: e.version, ...changes } as UpdateEvidence) : null;
}

/** A title from a picked file's name ("bias-test_q1.pdf" → "bias test q1"). */
export function titleFromFileName(name: string): string {
  const dot = name.lastIndexOf(".");
  return (dot > 0 ? name.slice(0, dot) : name).replace(/[_-]+/g, " ").trim();
}
