/** The intake form's values and the bodies it sends: submit, live classification, similar systems. */
import type { CreateAiSystem } from "@openaims/core";
import type { SimilarQuery } from "../inventory/inventory-api";
import type { ModelType } from "../inventory/inventory-labels";
import { EMPTY_ANSWERS, profileOfAnswers, type ScreeningAnswers } from "./screening";

export type VendorDraft = { name: string; service: string };
export type ModelDraft = { name: string; type: ModelType; provider: string };

export type IntakeDraft = {
  name: string;
  purpose: string;
  intendedUse: string;
  foreseeableMisuse: string;
  businessUnitId: string | null;
  ownerId: string | null;
  vendors: VendorDraft[];
  models: ModelDraft[];
  answers: ScreeningAnswers;
};

export const EMPTY_DRAFT: IntakeDraft = {
  name: "",
  purpose: "",
  intendedUse: "",
  foreseeableMisuse: "",
  businessUnitId: null,
  ownerId: null,
  vendors: [],
  models: [],
  answers: EMPTY_ANSWERS,
};

/** The name classification is asked with while the person has not typed one yet. */
export const UNNAMED = "Unnamed use case";

/** The body of POST /api/v1/intake-requests (and POST /api/v1/ai-systems): rows without a name are left out. */
export function intakeBody(draft: IntakeDraft): CreateAiSystem {
  return {
    name: draft.name.trim(),
    purpose: draft.purpose.trim(),
    intendedUse: draft.intendedUse.trim(),
    foreseeableMisuse: draft.foreseeableMisuse.trim(),
    businessUnitId: draft.businessUnitId,
    ownerId: draft.ownerId,
    vendors: draft.vendors
      .filter((v) => v.name.trim())
      .map((v) => ({ name: v.name.trim(), service: v.service.trim() })),
    models: draft.models
      .filter((m) => m.name.trim())
      .map((m) => ({ name: m.name.trim(), type: m.type, provider: m.provider.trim() })),
    profile: profileOfAnswers(draft.answers),
  };
}

/** The body of the live classification: the same facts, with a stand-in name until one is typed. */
export function classifyBody(draft: IntakeDraft): CreateAiSystem {
  const body = intakeBody(draft);
  return { ...body, name: body.name || UNNAMED };
}

/** What the duplicate check compares: name, purpose, vendor and model names. */
export function similarQueryOf(draft: IntakeDraft): SimilarQuery {
  const body = intakeBody(draft);
  return {
    name: body.name,
    purpose: body.purpose ?? "",
    vendors: (body.vendors ?? []).map((v) => v.name),
    models: (body.models ?? []).map((m) => m.name),
  };
}

/** Whether there is enough to look for similar systems (a name of three letters, or a vendor or model). */
export function canLookForSimilar(query: SimilarQuery): boolean {
  return query.name.length >= 3 || query.vendors.length > 0 || query.models.length > 0;
}
