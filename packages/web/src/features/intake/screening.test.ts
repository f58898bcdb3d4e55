import { AiSystemProfile } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  EMPTY_ANSWERS,
  answersOfProfile,
  asksArt63,
  missingFacts,
  profileOfAnswers,
  suggestedAnnexIII,
  type ScreeningAnswers,
} from "./screening";

/** A CV-screening tool bought in and used in Germany, weighing heavily in hiring, profiling applicants. */
const cvScreening: ScreeningAnswers = {
  ...EMPTY_ANSWERS,
  roles: ["customer"],
  euCountries: ["de"],
  decisionAreas: ["employment"],
  decisionRole: "substantial_factor",
  annexIII: ["employment"],
  profiling: true,
  personalData: true,
};

describe("profileOfAnswers", () => {
  it("maps the answers onto the profile fields classification reads", () => {
    const profile = profileOfAnswers(cvScreening);
    expect(profile).toMatchObject({
      organizationRoles: ["customer"],
      jurisdictions: { eu: ["DE"], us: [], other: [] },
      consequentialDecisions: ["employment"],
      decisionRole: "substantial_factor",
      annexIIIAreas: ["employment"],
      performsProfiling: true,
      processesPersonalData: true,
    });
    // The result is a complete, valid profile.
    expect(AiSystemProfile.parse(profile)).toEqual(profile);
  });

  it("drops follow-up answers whose parent answer is no", () => {
    const profile = profileOfAnswers({
      ...EMPTY_ANSWERS,
      deepfake: true,
      systemicRisk: true,
      specialCategoryData: true,
      systematicMonitoring: true,
      largeScale: true,
      art63: ["preparatory_task"],
      decisionRole: "makes",
    });
    expect(profile).toMatchObject({
      deepfake: false,
      gpaiSystemicRisk: false,
      processesSpecialCategoryData: false,
      systematicMonitoring: false,
      largeScale: false,
      art63Conditions: [],
      decisionRole: "none",
    });
  });

  it("keeps follow-up answers when the parent is yes", () => {
    const profile = profileOfAnswers({
      ...EMPTY_ANSWERS,
      syntheticContent: true,
      deepfake: true,
      generalPurpose: true,
      systemicRisk: true,
      emotionRecognition: true,
      art63: ["preparatory_task", "preparatory_task"],
    });
    expect(profile.deepfake).toBe(true);
    expect(profile.gpaiSystemicRisk).toBe(true);
    expect(profile.art63Conditions).toEqual(["preparatory_task"]);
  });

  it("cleans country codes: upper case, no blanks, no repeats", () => {
    const profile = profileOfAnswers({
      ...EMPTY_ANSWERS,
      euCountries: ["DE", "de"],
      usStates: ["co"],
      otherCountries: [" gb ", "", "GB"],
    });
    expect(profile.jurisdictions).toEqual({ eu: ["DE"], us: ["CO"], other: ["GB"] });
  });

  it("round-trips a stored profile through the answers", () => {
    const stored = profileOfAnswers({ ...cvScreening, usStates: ["CO"], humanOversight: "HR reviews" });
    expect(profileOfAnswers(answersOfProfile(stored))).toEqual(stored);
    expect(answersOfProfile(AiSystemProfile.parse({}))).toEqual(EMPTY_ANSWERS);
  });
});

describe("hints", () => {
  it("suggests the Annex III areas the decision answers point to", () => {
    expect(
      suggestedAnnexIII({ ...EMPTY_ANSWERS, decisionAreas: ["employment", "lending", "insurance"] }),
    ).toEqual(["employment", "essential_services"]);
    expect(suggestedAnnexIII(cvScreening)).toEqual([]);
    expect(suggestedAnnexIII({ ...EMPTY_ANSWERS, decisionAreas: ["housing"] })).toEqual([]);
  });

  it("asks the Art. 6(3) question only for Annex III systems", () => {
    expect(asksArt63(EMPTY_ANSWERS)).toBe(false);
    expect(asksArt63(cvScreening)).toBe(true);
    expect(asksArt63({ ...EMPTY_ANSWERS, remoteBiometricId: true })).toBe(true);
  });

  it("names the facts still missing", () => {
    expect(missingFacts(EMPTY_ANSWERS)).toHaveLength(2);
    expect(missingFacts(cvScreening)).toEqual([]);
    expect(missingFacts({ ...cvScreening, decisionRole: "none" })).toEqual([
      "How much the system weighs in the decisions you named.",
    ]);
  });
});
