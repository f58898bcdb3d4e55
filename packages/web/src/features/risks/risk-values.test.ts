import type { RiskView } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { acceptanceState, createRiskBody, emptyRisk, riskChanges, valuesOf } from "./risk-values";

const level = { index: 3, id: "critical", label: "Critical", color: "#c92a2a", appetite: "unacceptable" };
const RISK: RiskView = {
  ...createRiskBody({ ...emptyRisk(), title: "Bias", residualLikelihood: 4, residualImpact: 4 }),
  description: "",
  aiSystemId: null,
  businessUnitId: null,
  source: null,
  characteristic: null,
  consequences: { organization: "", individuals: "", society: "" },
  existingControls: "",
  ownerId: null,
  treatment: "undecided",
  nextReviewOn: null,
  treatmentControls: ["c1"],
  annexAControls: [],
  title: "Bias",
  inherentLikelihood: 1,
  inherentImpact: 1,
  residualLikelihood: 4,
  residualImpact: 4,
  id: "r1",
  key: "RSK-1",
  inherentLevel: { ...level, index: 0, id: "low", label: "Low", appetite: "acceptable" },
  residualLevel: level,
  matrixVersion: 1,
  status: "open",
  acceptanceApprovalId: null,
  acceptedUntil: null,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  version: 3,
};

describe("createRiskBody", () => {
  it("trims the title and sends empty optional text as null", () => {
    const body = createRiskBody({ ...emptyRisk("s1"), title: "  Drift ", source: " ", nextReviewOn: "" });
    expect(body).toMatchObject({ title: "Drift", aiSystemId: "s1", source: null, nextReviewOn: null });
    expect(body.consequences).toEqual({ organization: "", individuals: "", society: "" });
  });
});

describe("riskChanges", () => {
  it("is null when nothing changed", () => {
    expect(riskChanges(RISK, valuesOf(RISK))).toBeNull();
  });

  it("sends only what changed, with the version", () => {
    const v = { ...valuesOf(RISK), residualImpact: 2, treatment: "accept" as const, individuals: "harm" };
    expect(riskChanges(RISK, v)).toEqual({
      version: 3,
      residualImpact: 2,
      treatment: "accept",
      consequences: { organization: "", individuals: "harm", society: "" },
    });
  });

  it("sends lists only when their members changed", () => {
    expect(riskChanges(RISK, { ...valuesOf(RISK), treatmentControls: ["c1"] })).toBeNull();
    expect(riskChanges(RISK, { ...valuesOf(RISK), annexAControls: ["A.5.2"] })).toEqual({
      version: 3,
      annexAControls: ["A.5.2"],
    });
  });
});

describe("acceptanceState", () => {
  it("follows the status, then the residual appetite", () => {
    expect(acceptanceState(RISK)).toBe("needs_owner");
    expect(acceptanceState({ ...RISK, status: "acceptance_pending" })).toBe("pending");
    expect(acceptanceState({ ...RISK, status: "accepted" })).toBe("accepted");
    expect(acceptanceState({ ...RISK, residualLevel: RISK.inherentLevel })).toBe("within_appetite");
  });
});
