import { describe, expect, it } from "vitest";
import {
  certificationDateIssues,
  certificationState,
  dataSharedProblem,
  lapsedCertificationKinds,
  nextReviewDate,
  reviewState,
  scheduledReview,
  vendorAttention,
  vendorFieldIssues,
  type VendorAttentionInput,
} from "./index.js";

const TODAY = "2030-03-01";

describe("certification state", () => {
  it("is valid, expiring within 30 days, expired after its last day, or without expiry", () => {
    expect(certificationState(null, TODAY)).toBe("no_expiry");
    expect(certificationState("2030-02-28", TODAY)).toBe("expired");
    expect(certificationState(TODAY, TODAY)).toBe("expiring"); // the last day still holds
    expect(certificationState("2030-03-31", TODAY)).toBe("expiring"); // exactly 30 days ahead
    expect(certificationState("2030-04-01", TODAY)).toBe("valid");
  });

  it("refuses an expiry before the issue date", () => {
    expect(certificationDateIssues({ issuedOn: "2030-01-02", expiresOn: "2030-01-01" })).toEqual([
      { path: "expiresOn", message: "must be on or after the issue date (2030-01-02)" },
    ]);
    expect(certificationDateIssues({ issuedOn: "2030-01-02", expiresOn: "2030-01-02" })).toEqual([]);
    expect(certificationDateIssues({ issuedOn: null, expiresOn: "2000-01-01" })).toEqual([]);
  });
});

describe("review dates", () => {
  it("adds months and clamps to the end of a shorter month", () => {
    expect(nextReviewDate("2030-01-31", 1)).toBe("2030-02-28");
    expect(nextReviewDate("2032-01-31", 1)).toBe("2032-02-29");
    expect(nextReviewDate("2030-11-15", 3)).toBe("2031-02-15");
    expect(nextReviewDate("2030-03-01", 12)).toBe("2031-03-01");
    expect(nextReviewDate("2030-08-31", 6)).toBe("2031-02-28");
  });

  it("is due within 14 days, overdue after the date, not scheduled when offboarded or undated", () => {
    const active = (nextReviewOn: string | null) => reviewState({ status: "active", nextReviewOn }, TODAY);
    expect(active("2030-02-28")).toBe("overdue");
    expect(active(TODAY)).toBe("due");
    expect(active("2030-03-15")).toBe("due");
    expect(active("2030-03-16")).toBe("ok");
    expect(active(null)).toBe("not_scheduled");
    expect(reviewState({ status: "offboarded", nextReviewOn: "2000-01-01" }, TODAY)).toBe("not_scheduled");
    expect(reviewState({ status: "onboarding", nextReviewOn: "2000-01-01" }, TODAY)).toBe("overdue");
  });

  it("schedules from an explicit date, else the last review and cadence, else today", () => {
    expect(
      scheduledReview(
        { lastReviewedOn: "2030-01-10", nextReviewOn: "2030-02-01", reviewCadenceMonths: 12 },
        TODAY,
      ),
    ).toBe("2030-02-01");
    expect(scheduledReview({ lastReviewedOn: "2030-01-10", reviewCadenceMonths: 6 }, TODAY)).toBe(
      "2030-07-10",
    );
    expect(scheduledReview({ lastReviewedOn: null, nextReviewOn: null, reviewCadenceMonths: 6 }, TODAY)).toBe(
      TODAY,
    );
  });
});

describe("vendor field rules", () => {
  it("checks contract and review dates across fields", () => {
    expect(
      vendorFieldIssues({
        contractStart: "2030-01-01",
        contractEnd: "2029-12-31",
        lastReviewedOn: null,
        nextReviewOn: null,
      }),
    ).toEqual([{ path: "contractEnd", message: "must be on or after the contract start (2030-01-01)" }]);
    expect(
      vendorFieldIssues({
        contractStart: null,
        contractEnd: "2029-12-31",
        lastReviewedOn: "2030-01-02",
        nextReviewOn: "2030-01-01",
      }),
    ).toEqual([{ path: "nextReviewOn", message: "must be on or after the last review (2030-01-02)" }]);
    expect(
      vendorFieldIssues({
        contractStart: "2030-01-01",
        contractEnd: "2030-01-01",
        lastReviewedOn: null,
        nextReviewOn: null,
      }),
    ).toEqual([]);
  });

  it("refuses 'none' with other data categories and duplicates", () => {
    expect(dataSharedProblem(["none"])).toBeNull();
    expect(dataSharedProblem(["personal", "biometric"])).toBeNull();
    expect(dataSharedProblem(["none", "personal"])).toMatch(/cannot be combined/);
    expect(dataSharedProblem(["personal", "personal"])).toMatch(/twice/);
  });
});

const healthy: VendorAttentionInput = {
  status: "active",
  criticality: "critical",
  riskRating: "low",
  dataShared: ["personal"],
  contractEnd: "2031-01-01",
  nextReviewOn: "2030-06-01",
  contactCount: 1,
  certifications: [{ kind: "iso_27001", expiresOn: "2031-01-01" }],
};
const codes = (v: Partial<VendorAttentionInput>) =>
  vendorAttention({ ...healthy, ...v }, TODAY).map((a) => a.code);

describe("vendor attention", () => {
  it("finds nothing for a vendor in order", () => {
    expect(vendorAttention(healthy, TODAY)).toEqual([]);
  });

  it("names each reason with a message", () => {
    expect(codes({ contactCount: 0 })).toEqual(["no_contact"]);
    expect(codes({ riskRating: null })).toEqual(["critical_unrated"]);
    expect(codes({ riskRating: null, criticality: "high" })).toEqual([]);
    expect(codes({ nextReviewOn: "2030-02-01" })).toEqual(["review_overdue"]);
    expect(codes({ contractEnd: "2030-02-01" })).toEqual(["contract_ended"]);
    expect(codes({ contractEnd: "2030-02-01", status: "onboarding" })).toEqual([]);
    const all = vendorAttention(
      {
        ...healthy,
        contactCount: 0,
        riskRating: null,
        nextReviewOn: "2030-02-01",
        contractEnd: "2030-02-01",
        certifications: [{ kind: "iso_27001", expiresOn: "2030-01-01" }],
      },
      TODAY,
    );
    expect(all.map((a) => a.code)).toEqual([
      "no_contact",
      "critical_unrated",
      "certification_expired",
      "review_overdue",
      "contract_ended",
      "personal_data_unassured",
    ]);
    expect(all[2]!.message).toBe("certification expired: ISO/IEC 27001 (information security)");
    expect(all[3]!.message).toBe("review overdue since 2030-02-01");
  });

  it("accepts a lapsed certificate renewed by a newer one of the same kind", () => {
    const certs = [
      { kind: "iso_27001" as const, expiresOn: "2029-01-01" },
      { kind: "iso_27001" as const, expiresOn: "2032-01-01" },
      { kind: "iso_42001" as const, expiresOn: "2029-06-01" },
    ];
    expect(lapsedCertificationKinds(certs, TODAY)).toEqual(["iso_42001"]);
    expect(codes({ certifications: certs })).toEqual(["certification_expired"]);
  });

  it("wants ISO/IEC 27001 or SOC 2 when personal data is shared", () => {
    expect(codes({ certifications: [] })).toEqual(["personal_data_unassured"]);
    expect(codes({ certifications: [{ kind: "soc2_type2", expiresOn: null }] })).toEqual([]);
    expect(codes({ certifications: [{ kind: "iso_42001", expiresOn: null }] })).toEqual([
      "personal_data_unassured",
    ]);
    expect(codes({ certifications: [], dataShared: ["confidential", "training_data"] })).toEqual([]);
    expect(codes({ certifications: [], dataShared: ["biometric"] })).toEqual(["personal_data_unassured"]);
  });

  it("asks nothing of an offboarded vendor", () => {
    expect(codes({ status: "offboarded", contactCount: 0, riskRating: null, certifications: [] })).toEqual(
      [],
    );
  });
});
