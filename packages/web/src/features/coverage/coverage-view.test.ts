import { describe, expect, it } from "vitest";
import {
  describeKey,
  heldBackSentence,
  isHeldBack,
  percentText,
  scoreSegments,
  scoreSentence,
} from "./coverage-view";

const score = {
  frameworkRef: "iso-iec-42001:2023",
  name: "ISO/IEC 42001",
  assessable: 70,
  full: 3,
  partial: 15,
  none: 52,
  fullShare: 3 / 70,
  partialShare: 15 / 70,
  heldBack: 0,
};

describe("percentText", () => {
  it.each([
    [0, "0%"],
    [3 / 70, "4%"],
    [0.004, "<1%"],
    [0.996, ">99%"],
    [1, "100%"],
    [Number.NaN, "0%"],
  ])("%f is %s", (share, text) => {
    expect(percentText(share)).toBe(text);
  });
});

describe("scoreSegments", () => {
  it("splits the bar into full, partial and none", () => {
    const segments = scoreSegments(score);
    expect(segments.map((s) => [s.status, s.count, s.color])).toEqual([
      ["full", 3, "green"],
      ["partial", 15, "yellow"],
      ["none", 52, "gray"],
    ]);
    expect(segments.reduce((sum, s) => sum + s.value, 0)).toBeCloseTo(100);
    expect(scoreSentence(score)).toBe("3 of 70 covered fully, 15 partly");
  });

  it("is all zero for a framework with nothing assessable", () => {
    const empty = { ...score, assessable: 0, full: 0, partial: 0, none: 0 };
    expect(scoreSegments(empty).map((s) => s.value)).toEqual([0, 0, 0]);
  });
});

describe("describeKey", () => {
  it("names the framework and the requirement", () => {
    expect(describeKey("nist-ai-rmf:1.0/GOVERN 1.1", () => "NIST AI RMF")).toEqual({
      frameworkRef: "nist-ai-rmf:1.0",
      framework: "NIST AI RMF",
      id: "GOVERN 1.1",
    });
    expect(describeKey("odd", () => "x")).toEqual({ frameworkRef: "", framework: "", id: "odd" });
  });
});

describe("stale evidence", () => {
  it("a requirement is held back when its potential outranks its status", () => {
    expect(isHeldBack({ status: "partial", potential: "full" })).toBe(true);
    expect(isHeldBack({ status: "none", potential: "partial" })).toBe(true);
    expect(isHeldBack({ status: "full", potential: "full" })).toBe(false);
    expect(isHeldBack({ status: "none", potential: "none" })).toBe(false);
  });
  it("says how many requirements are held back", () => {
    expect(heldBackSentence({ heldBack: 0 })).toBeNull();
    expect(heldBackSentence({ heldBack: 1 })).toBe("1 requirement held back by stale evidence");
    expect(heldBackSentence({ heldBack: 3 })).toBe("3 requirements held back by stale evidence");
  });
});
