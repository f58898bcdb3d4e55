// The people contracts the server and the web share: defaults, patches without defaults, date order.
import { describe, expect, it } from "vitest";
import {
  CreateCompetence,
  CreateTrainingRecord,
  SetRaciCell,
  UpdateCompetence,
  UpdateTrainingRecord,
} from "../contracts/people.js";

const ID = "11111111-1111-4111-8111-111111111111";

describe("people contracts", () => {
  it("defaults a new competence to not AI literacy and no expiry", () => {
    expect(CreateCompetence.parse({ name: " Ethics " })).toEqual({
      name: "Ethics",
      description: "",
      aiLiteracy: false,
      validityMonths: null,
    });
  });

  it("leaves fields out of a patch instead of resetting them to defaults", () => {
    expect(UpdateCompetence.parse({ version: 2, name: "Ethics" })).toEqual({ version: 2, name: "Ethics" });
    expect(UpdateCompetence.safeParse({ version: 2, aiLiteracy: "yes" }).success).toBe(false);
    expect(UpdateCompetence.safeParse({ version: 2, extra: 1 }).success).toBe(false);
  });

  it("refuses an expiry before the completion date, on create and on patch", () => {
    const base = { userId: ID, competenceId: ID, course: "AI 101", completedOn: "2026-03-01" };
    expect(CreateTrainingRecord.parse(base)).toMatchObject({ expiresOn: null, evidenceId: null, note: "" });
    expect(CreateTrainingRecord.safeParse({ ...base, expiresOn: "2026-03-01" }).success).toBe(true);
    const early = CreateTrainingRecord.safeParse({ ...base, expiresOn: "2026-02-28" });
    expect(early.success).toBe(false);
    expect(early.error?.issues[0]?.path).toEqual(["expiresOn"]);
    expect(
      UpdateTrainingRecord.safeParse({ version: 1, completedOn: "2026-03-02", expiresOn: "2026-03-01" })
        .success,
    ).toBe(false);
    expect(UpdateTrainingRecord.safeParse({ version: 1, expiresOn: "2020-01-01" }).success).toBe(true);
  });

  it("takes each RACI letter at most once", () => {
    const cell = { subjectType: "process", subjectId: "roles", assigneeType: "user", assigneeId: ID };
    expect(SetRaciCell.safeParse({ ...cell, responsibilities: [] }).success).toBe(true);
    expect(SetRaciCell.safeParse({ ...cell, responsibilities: ["A", "R"] }).success).toBe(true);
    expect(SetRaciCell.safeParse({ ...cell, responsibilities: ["A", "A"] }).success).toBe(false);
    expect(SetRaciCell.safeParse({ ...cell, responsibilities: ["X"] }).success).toBe(false);
    expect(SetRaciCell.safeParse({ ...cell, subjectId: "", responsibilities: [] }).success).toBe(false);
  });
});
