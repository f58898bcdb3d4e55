import { VENDOR_RISK_RATINGS } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  RATING_TONES,
  attentionText,
  campaignStatusTone,
  comparePath,
  ratingTone,
  scoreBand,
  vendorPath,
} from "./vendor-labels";

describe("vendor labels", () => {
  it("colours ratings from green (low) to red (critical), grey when not rated", () => {
    expect(VENDOR_RISK_RATINGS.map((r) => RATING_TONES[r].color)).toEqual([
      "green",
      "yellow",
      "orange",
      "red",
    ]);
    expect(ratingTone(null)).toEqual({ label: "Not rated", color: "gray" });
    expect(ratingTone("high").label).toBe("High risk");
  });

  it("bands scores at 80, 60 and 40, and says when there is none", () => {
    expect([100, 80, 79, 60, 59, 40, 39, 0].map((s) => scoreBand(s).color)).toEqual([
      "green",
      "green",
      "lime",
      "lime",
      "orange",
      "orange",
      "red",
      "red",
    ]);
    expect(scoreBand(null)).toEqual({ label: "not assessed", color: "gray" });
  });

  it("builds the vendor and comparison addresses", () => {
    expect(vendorPath("a b")).toBe("/vendors/list/a%20b");
    expect(comparePath(["x", "y"])).toBe("/vendors/compare?ids=x,y");
    expect(comparePath([])).toBe("/vendors/compare");
  });

  it("lists attention reasons one a line and names unknown campaign statuses as sent", () => {
    expect(attentionText([{ message: "no contact" }, { message: "review overdue" }])).toBe(
      "• no contact\n• review overdue",
    );
    expect(campaignStatusTone("reviewed")).toEqual({ label: "Reviewed", color: "green" });
    expect(campaignStatusTone("archived")).toEqual({ label: "archived", color: "gray" });
  });
});
