import { CreateAiSystem } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  EMPTY_DRAFT,
  UNNAMED,
  canLookForSimilar,
  classifyBody,
  intakeBody,
  similarQueryOf,
} from "./intake-draft";

const draft = {
  ...EMPTY_DRAFT,
  name: "  CV Screener ",
  purpose: "Rank applicants",
  vendors: [
    { name: "HireAI", service: "hosting" },
    { name: "  ", service: "" },
  ],
  models: [{ name: "gpt-4o", type: "llm" as const, provider: "OpenAI" }],
};

describe("intakeBody", () => {
  it("trims, leaves out empty rows and is a valid create body", () => {
    const body = intakeBody(draft);
    expect(body.name).toBe("CV Screener");
    expect(body.vendors).toEqual([{ name: "HireAI", service: "hosting" }]);
    expect(body.models).toEqual([{ name: "gpt-4o", type: "llm", provider: "OpenAI" }]);
    expect(CreateAiSystem.safeParse(body).success).toBe(true);
  });

  it("classifies a draft without a name under a stand-in name", () => {
    expect(classifyBody(EMPTY_DRAFT).name).toBe(UNNAMED);
    expect(CreateAiSystem.safeParse(classifyBody(EMPTY_DRAFT)).success).toBe(true);
    expect(CreateAiSystem.safeParse(intakeBody(EMPTY_DRAFT)).success).toBe(false);
  });
});

describe("similar systems", () => {
  it("compares name, purpose, vendor and model names", () => {
    expect(similarQueryOf(draft)).toEqual({
      name: "CV Screener",
      purpose: "Rank applicants",
      vendors: ["HireAI"],
      models: ["gpt-4o"],
    });
  });

  it("waits for a name of three letters, or a vendor or model", () => {
    expect(canLookForSimilar(similarQueryOf(EMPTY_DRAFT))).toBe(false);
    expect(canLookForSimilar(similarQueryOf({ ...EMPTY_DRAFT, name: "CV" }))).toBe(false);
    expect(canLookForSimilar(similarQueryOf({ ...EMPTY_DRAFT, name: "CVs" }))).toBe(true);
    expect(canLookForSimilar({ name: "", purpose: "", vendors: ["HireAI"], models: [] })).toBe(true);
  });
});
