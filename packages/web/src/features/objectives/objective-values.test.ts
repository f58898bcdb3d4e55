import { CreateObjective, type Objective } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { validateWith } from "../../lib/validate";
import {
  EMPTY_OBJECTIVE,
  createObjectiveBody,
  numberOf,
  objectiveChanges,
  objectiveValuesOf,
} from "./objective-values";

const objective: Objective = {
  id: "42b6136c-e3bd-4f62-864f-42f833d543a0",
  key: "OBJ-1",
  title: "Reduce bias incidents",
  description: "",
  annexCObjective: "iso-iec-42001:2023/C.2.fairness",
  measure: "incidents per quarter",
  baseline: 10,
  target: 2,
  unit: "incidents",
  ownerId: null,
  dueDate: "2027-01-31",
  status: "on_track",
  currentValue: 6,
  progress: { share: 0.5, isOverdue: false },
  createdAt: "2026-11-28T00:00:00.000Z",
  updatedAt: "2026-11-28T00:00:00.000Z",
  version: 3,
};

describe("objective form values", () => {
  it("reads numbers as typed, with a decimal comma too", () => {
    expect(numberOf("")).toBeNull();
    expect(numberOf(" 2,5 ")).toBe(2.5);
    expect(numberOf("ten")).toBeNaN();
  });

  it("builds a valid create body, and reports a missing target on its field", () => {
    const body = createObjectiveBody({
      ...EMPTY_OBJECTIVE,
      title: " Literacy ",
      measure: "share trained",
      target: "90",
      unit: "%",
    });
    expect(body).toMatchObject({ title: "Literacy", baseline: null, target: 90, dueDate: null });
    expect(CreateObjective.safeParse(body).success).toBe(true);
    const checked = validateWith(
      CreateObjective,
      createObjectiveBody({ ...EMPTY_OBJECTIVE, title: "x", measure: "y" }),
    );
    expect(checked.ok ? {} : checked.fieldErrors).toHaveProperty("target");
  });

  it("sends only what changed, with the version read", () => {
    expect(objectiveChanges(objective, objectiveValuesOf(objective))).toBeNull();
    expect(
      objectiveChanges(objective, {
        ...objectiveValuesOf(objective),
        target: "1",
        dueDate: "",
        baseline: "",
      }),
    ).toEqual({ version: 3, target: 1, dueDate: null, baseline: null });
  });
});
