import { describe, expect, it } from "vitest";
import {
  adoptSummary,
  categoryLabel,
  groupSelection,
  groupTemplatesByCategory,
  toggleGroup,
  toggleTemplate,
  type TemplateView,
} from "./templates";

function template(code: string, category: string, adoptedAs: string | null = null): TemplateView {
  return {
    code,
    title: code,
    description: "",
    frequency: "annual",
    category,
    evidence: [],
    requirements: [],
    adoptedAs,
  };
}

const templates = [
  template("AIC-GOV-02", "governance"),
  template("AIC-DAT-01", "data", "c0ffee00-0000-4000-8000-000000000000"),
  template("AIC-GOV-01", "governance"),
  template("AIC-DAT-02", "data"),
];

describe("groupTemplatesByCategory", () => {
  it("keeps the library's category order and sorts codes", () => {
    const groups = groupTemplatesByCategory(templates);
    expect(groups.map((g) => g.label)).toEqual(["Governance", "Data"]);
    expect(groups[0]?.templates.map((t) => t.code)).toEqual(["AIC-GOV-01", "AIC-GOV-02"]);
  });

  it("names categories", () => {
    expect(categoryLabel("third-party")).toBe("Third parties");
    expect(categoryLabel("ethics")).toBe("Ethics");
  });
});

describe("selection", () => {
  const [governance, data] = groupTemplatesByCategory(templates);

  it("toggles a template but never selects an adopted one", () => {
    const one = toggleTemplate(new Set(), templates[0]!);
    expect([...one]).toEqual(["AIC-GOV-02"]);
    expect([...toggleTemplate(one, templates[0]!)]).toEqual([]);
    expect([...toggleTemplate(new Set(), templates[1]!)]).toEqual([]);
  });

  it("selects a whole group, then clears it", () => {
    const all = toggleGroup(new Set(), governance!);
    expect([...all].sort()).toEqual(["AIC-GOV-01", "AIC-GOV-02"]);
    expect(groupSelection(all, governance!)).toBe("all");
    expect(toggleGroup(all, governance!).size).toBe(0);
  });

  it("counts only adoptable templates of a group", () => {
    expect(groupSelection(new Set(["AIC-DAT-02"]), data!)).toBe("all");
    expect(groupSelection(new Set(["AIC-GOV-01"]), governance!)).toBe("some");
    expect(groupSelection(new Set(), governance!)).toBe("none");
  });
});

describe("adoptSummary", () => {
  it("says what was adopted and skipped", () => {
    expect(adoptSummary({ adopted: [1], skipped: [] })).toBe("Adopted 1 control.");
    expect(adoptSummary({ adopted: [1, 2], skipped: [3] })).toBe("Adopted 2 controls; skipped 1.");
  });
});
