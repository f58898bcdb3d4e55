import { describe, expect, it } from "vitest";
import type { RaciColumn, RaciRow, TrainingRecord } from "@openaims/core";
import {
  lettersOf,
  matrixColumns,
  shareLabel,
  toggleLetter,
  trainingBody,
  trainingChanges,
  trainingValuesOf,
  validityLabel,
} from "./people-values";

const ROLE = "11111111-1111-4111-8111-111111111111";
const ADA = "22222222-2222-4222-8222-222222222222";
const row: RaciRow = {
  subjectType: "process",
  subjectId: "internal-audit",
  label: "9.2",
  name: "Internal audit",
  businessUnitId: null,
  cells: [
    { assigneeType: "user", assigneeId: ADA, responsibility: "I" },
    { assigneeType: "org_role", assigneeId: ROLE, responsibility: "C" },
    { assigneeType: "user", assigneeId: ADA, responsibility: "A" },
  ],
  warnings: [],
};
const column = (assigneeType: RaciColumn["assigneeType"], assigneeId: string, name = "x"): RaciColumn => ({
  assigneeType,
  assigneeId,
  name,
  key: null,
  isActive: true,
  memberCount: null,
});

describe("RACI cells", () => {
  it("reads the letters of one column in R, A, C, I order", () => {
    expect(lettersOf(row, column("user", ADA))).toEqual(["A", "I"]);
    expect(lettersOf(row, column("org_role", ROLE))).toEqual(["C"]);
    // A person and a role never share letters even with the same id.
    expect(lettersOf(row, column("org_role", ADA))).toEqual([]);
  });

  it("toggles a letter on and off", () => {
    expect(toggleLetter(["A", "I"], "R")).toEqual(["R", "A", "I"]);
    expect(toggleLetter(["A", "I"], "A")).toEqual(["I"]);
    expect(toggleLetter([], "C")).toEqual(["C"]);
  });

  it("adds the people a user picked as columns until the server lists them", () => {
    const server = [column("org_role", ROLE, "Lead"), column("user", ADA, "Ada")];
    const merged = matrixColumns(server, [
      { id: ADA, name: "Ada" },
      { id: "33333333-3333-4333-8333-333333333333", name: "Bob" },
    ]);
    expect(merged.map((c) => c.name)).toEqual(["Lead", "Ada", "Bob"]);
  });
});

describe("labels", () => {
  it("says how long training holds and what share is AI literate", () => {
    expect(validityLabel(null)).toBe("Does not expire");
    expect(validityLabel(1)).toBe("1 month");
    expect(validityLabel(24)).toBe("24 months");
    expect(shareLabel(null)).toBe("—");
    expect(shareLabel(2 / 3)).toBe("67 %");
  });
});

describe("training record forms", () => {
  const record: TrainingRecord = {
    id: "44444444-4444-4444-8444-444444444444",
    user: { id: ADA, name: "Ada", isActive: true },
    competence: { id: ROLE, key: "COMP-1", name: "AI literacy", aiLiteracy: true },
    course: "AI 101",
    completedOn: "2026-01-10",
    expiresOn: null,
    effectiveExpiresOn: "2027-01-10",
    status: "met",
    evidenceId: null,
    evidence: null,
    note: "",
    createdAt: "2026-01-10T00:00:00.000Z",
    updatedAt: "2026-01-10T00:00:00.000Z",
    version: 3,
  };

  it("sends an empty expiry as null so the competence's validity decides", () => {
    expect(trainingBody({ ...trainingValuesOf(record), course: "  AI 101 ", expiresOn: "" })).toMatchObject({
      course: "AI 101",
      expiresOn: null,
    });
  });

  it("patches only what changed, with the version read", () => {
    const values = trainingValuesOf(record);
    expect(trainingChanges(record, values)).toBeNull();
    expect(trainingChanges(record, { ...values, expiresOn: "2026-12-31", note: "passed" })).toEqual({
      version: 3,
      expiresOn: "2026-12-31",
      note: "passed",
    });
  });
});
