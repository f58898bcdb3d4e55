import { describe, expect, it } from "vitest";
import { provenanceText } from "./assessment-labels";
import { questionErrors } from "./use-autosave";

describe("assessment page helpers", () => {
  it.each([
    [{ assessmentKey: "IA-3", questionId: "impacts" }, "pre-filled from IA-3"],
    [{ aiSystemKey: "AIS-2", field: "purpose" }, "pre-filled from the AIS-2 record"],
  ])("marks where an answer came from: %o", (p, text) => {
    expect(provenanceText(p)).toBe(text);
  });
  it("places server issues on their question, the first one winning", () => {
    expect(
      questionErrors({
        issues: [
          { path: "answers.impacts.0.severity", message: "must be a whole number from 1 to 5" },
          { path: "answers.impacts.1.title", message: "must be text" },
          { path: "answers.summary", message: "must be text" },
        ],
      }),
    ).toEqual({ impacts: "0 severity: must be a whole number from 1 to 5", summary: "must be text" });
  });
});
