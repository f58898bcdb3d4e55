/** The values of the vendor form and what they mean as a create or change request. */
import type {
  CreateVendor,
  UpdateVendor,
  Vendor,
  VendorCriticality,
  VendorDataCategory,
  VendorStatus,
} from "@openaims/core";

export type VendorValues = {
  name: string;
  legalName: string;
  website: string;
  description: string;
  services: string;
  status: VendorStatus;
  criticality: VendorCriticality;
  dataShared: VendorDataCategory[];
  dataSharedNote: string;
  contractStart: string;
  contractEnd: string;
  ownerId: string | null;
  businessUnitId: string | null;
  reviewCadenceMonths: number | string;
  lastReviewedOn: string;
  nextReviewOn: string;
  notes: string;
};

export function emptyVendorValues(businessUnitId: string | null = null): VendorValues {
  return {
    name: "",
    legalName: "",
    website: "",
    description: "",
    services: "",
    status: "onboarding",
    criticality: "medium",
    dataShared: [],
    dataSharedNote: "",
    contractStart: "",
    contractEnd: "",
    ownerId: null,
    businessUnitId,
    reviewCadenceMonths: 12,
    lastReviewedOn: "",
    nextReviewOn: "",
    notes: "",
  };
}

export function vendorValuesOf(v: Vendor): VendorValues {
  return {
    name: v.name,
    legalName: v.legalName,
    website: v.website ?? "",
    description: v.description,
    services: v.services,
    status: v.status,
    criticality: v.criticality,
    dataShared: [...v.dataShared],
    dataSharedNote: v.dataSharedNote,
    contractStart: v.contractStart ?? "",
    contractEnd: v.contractEnd ?? "",
    ownerId: v.owner?.id ?? null,
    businessUnitId: v.businessUnit?.id ?? null,
    reviewCadenceMonths: v.reviewCadenceMonths,
    lastReviewedOn: v.lastReviewedOn ?? "",
    nextReviewOn: v.nextReviewOn ?? "",
    notes: v.notes,
  };
}

const day = (s: string) => (s.trim() ? s.trim() : null);
/** An empty cadence box is sent as is (NaN fails the check with a clear message, not silently 12). */
const months = (n: number | string) => (typeof n === "number" ? n : Number.NaN);

/** The fields a request carries, from the form (text trimmed, empty dates and website as null). */
function fieldsOf(values: VendorValues) {
  return {
    name: values.name.trim(),
    legalName: values.legalName.trim(),
    website: values.website.trim() || null,
    description: values.description.trim(),
    services: values.services.trim(),
    status: values.status,
    criticality: values.criticality,
    dataShared: values.dataShared,
    dataSharedNote: values.dataSharedNote.trim(),
    contractStart: day(values.contractStart),
    contractEnd: day(values.contractEnd),
    ownerId: values.ownerId,
    businessUnitId: values.businessUnitId,
    reviewCadenceMonths: months(values.reviewCadenceMonths),
    lastReviewedOn: day(values.lastReviewedOn),
    notes: values.notes.trim(),
  };
}

/** `POST /api/v1/vendors`; the next review is left to the server unless a date was given. */
export function createVendorBody(values: VendorValues): CreateVendor {
  const next = day(values.nextReviewOn);
  return { ...fieldsOf(values), ...(next ? { nextReviewOn: next } : {}) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `PATCH /api/v1/vendors/:id`: only the fields that differ from `vendor`, with its version; null
 * when nothing changed. The next review is sent only when typed in (the server derives it otherwise).
 */
export function vendorChanges(vendor: Vendor, values: VendorValues): UpdateVendor | null {
  const before = fieldsOf(vendorValuesOf(vendor));
  const after = fieldsOf(values);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    const a = key === "dataShared" ? [...after.dataShared].sort() : after[key];
    const b = key === "dataShared" ? [...before.dataShared].sort() : before[key];
    if (!same(a, b)) changes[key] = after[key];
  }
  const next = day(values.nextReviewOn);
  if (next && next !== vendor.nextReviewOn) changes.nextReviewOn = next;
  if (Object.keys(changes).length === 0) return null;
  return { ...changes, version: vendor.version } as UpdateVendor;
}
