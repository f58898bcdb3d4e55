import { CreateVendor, type Vendor } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { createVendorBody, emptyVendorValues, vendorChanges, vendorValuesOf } from "./vendor-form";

const vendor: Vendor = {
  id: "00000000-0000-4000-8000-000000000001",
  key: "VEN-1",
  name: "Acme Models",
  status: "active",
  criticality: "high",
  riskRating: null,
  lastScore: null,
  nextReviewOn: "2026-06-01",
  reviewState: "ok",
  owner: null,
  businessUnit: null,
  attention: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 4,
  legalName: "",
  website: "https://acme.example",
  description: "",
  services: "LLM API",
  dataShared: ["personal", "internal"],
  dataSharedNote: "",
  contractStart: null,
  contractEnd: null,
  reviewCadenceMonths: 12,
  lastReviewedOn: "2025-06-01",
  notes: "",
  contacts: [],
  certifications: [],
  aiSystems: [],
  latestCampaign: null,
};

describe("vendor form", () => {
  it("creates with trimmed text, null for empty dates and website, no next review unless given", () => {
    const body = createVendorBody({ ...emptyVendorValues(), name: "  Acme ", contractEnd: "" });
    expect(body).toMatchObject({ name: "Acme", website: null, contractEnd: null, reviewCadenceMonths: 12 });
    expect("nextReviewOn" in body).toBe(false);
    expect(CreateVendor.safeParse(body).success).toBe(true);
    expect(
      createVendorBody({ ...emptyVendorValues(), name: "A", nextReviewOn: "2026-03-01" }).nextReviewOn,
    ).toBe("2026-03-01");
  });

  it("sends nothing when nothing changed, whatever the order of the data categories", () => {
    const values = vendorValuesOf(vendor);
    expect(vendorChanges(vendor, values)).toBeNull();
    expect(vendorChanges(vendor, { ...values, dataShared: ["internal", "personal"] })).toBeNull();
  });

  it("sends only the changed fields with the version read", () => {
    const values = {
      ...vendorValuesOf(vendor),
      website: "",
      criticality: "critical" as const,
      contractEnd: "2027-01-01",
    };
    expect(vendorChanges(vendor, values)).toEqual({
      website: null,
      criticality: "critical",
      contractEnd: "2027-01-01",
      version: 4,
    });
    expect(vendorChanges(vendor, { ...vendorValuesOf(vendor), nextReviewOn: "2026-07-01" })).toEqual({
      nextReviewOn: "2026-07-01",
      version: 4,
    });
  });

  it("turns an emptied cadence into a value the check refuses instead of a silent default", () => {
    const body = createVendorBody({ ...emptyVendorValues(), name: "A", reviewCadenceMonths: "" });
    expect(CreateVendor.safeParse(body).success).toBe(false);
  });
});
