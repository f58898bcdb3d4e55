import { ROLE_PERMISSIONS } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  AUDITS_TABS,
  CONTEXT_TABS,
  CONTROLS_TABS,
  FRAMEWORKS_TABS,
  GOVERNANCE_TABS,
  INVENTORY_TABS,
  NAV_ITEMS,
  SETTINGS_TABS,
  activeNavItem,
  isVisible,
  visibleItems,
} from "./nav-items";

const labels = (items: readonly { label: string }[]) => items.map((i) => i.label);

describe("visibleItems", () => {
  it("shows every area to every role (all roles read records)", () => {
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      expect(visibleItems(NAV_ITEMS, permissions)).toHaveLength(NAV_ITEMS.length);
    }
  });

  it("shows the Users and Business units tabs only to roles that may read them", () => {
    expect(labels(visibleItems(SETTINGS_TABS, ROLE_PERMISSIONS.admin))).toEqual([
      "Users",
      "Business units",
      "My account",
    ]);
    expect(labels(visibleItems(SETTINGS_TABS, ROLE_PERMISSIONS.viewer))).toEqual([
      "Business units",
      "My account",
    ]);
    expect(labels(visibleItems(SETTINGS_TABS, []))).toEqual(["My account"]);
  });

  it("shows the audit trail to admin, manager and auditor only", () => {
    const seesTrail = (role: keyof typeof ROLE_PERMISSIONS) =>
      labels(visibleItems(AUDITS_TABS, ROLE_PERMISSIONS[role])).includes("Audit trail");
    expect(seesTrail("admin")).toBe(true);
    expect(seesTrail("manager")).toBe(true);
    expect(seesTrail("auditor")).toBe(true);
    expect(seesTrail("contributor")).toBe(false);
    expect(seesTrail("viewer")).toBe(false);
  });

  it("shows the frameworks and controls tabs to every role that reads records", () => {
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      expect(labels(visibleItems(FRAMEWORKS_TABS, permissions))).toEqual([
        "Catalogs",
        "Crosswalks",
        "Coverage",
      ]);
      expect(labels(visibleItems(CONTROLS_TABS, permissions))).toEqual([
        "Control library",
        "Starter library",
        "Statement of Applicability",
        "Evidence",
      ]);
    }
    expect(visibleItems(FRAMEWORKS_TABS, [])).toEqual([]);
  });

  it("shows acknowledgements and concerns to anyone signed in, the other governance tabs to readers", () => {
    expect(labels(visibleItems(GOVERNANCE_TABS, []))).toEqual(["Acknowledgements", "Concerns"]);
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      expect(labels(visibleItems(GOVERNANCE_TABS, permissions))).toEqual([
        "Documents",
        "Acknowledgements",
        "Roles and RACI",
        "Competence",
        "Concerns",
      ]);
    }
  });
});

describe("context and inventory tabs", () => {
  it("shows every tab to every role that reads records", () => {
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      expect(labels(visibleItems(CONTEXT_TABS, permissions))).toEqual([
        "Issues",
        "Interested parties",
        "AIMS profile",
        "Objectives",
        "Scope",
      ]);
      expect(labels(visibleItems(INVENTORY_TABS, permissions))).toEqual([
        "AI systems",
        "Intake requests",
        "Import and export",
      ]);
    }
  });
});

describe("isVisible", () => {
  it("treats public and authenticated as always visible inside the app", () => {
    expect(isVisible("public", [])).toBe(true);
    expect(isVisible("authenticated", [])).toBe(true);
    expect(isVisible("users:write", ["users:read"])).toBe(false);
  });
});

describe("activeNavItem", () => {
  it.each([
    ["/frameworks/catalogs/iso-iec-42001:2023", "Frameworks"],
    ["/controls/library/new", "Controls"],
    ["/", "Dashboard"],
    ["/settings/users", "Settings"],
    ["/audits/trail", "Audits"],
    ["/risks", "Risks"],
    ["/assessments/abc", "Assessments"],
    ["/controls/soa", "Controls"],
    ["/inventory/systems/abc", "Inventory"],
    ["/intake/new", "Inventory"],
    ["/intake", "Inventory"],
    ["/intakes", undefined],
    ["/context/scope/compare", "Context"],
    ["/inbox", undefined],
    ["/risksomething", undefined],
  ])("%s belongs to %s", (path, label) => {
    expect(activeNavItem(path)?.label).toBe(label);
  });
});

describe("NAV_ITEMS", () => {
  it("has unique paths and says what each unbuilt area will hold", () => {
    expect(new Set(NAV_ITEMS.map((i) => i.path)).size).toBe(NAV_ITEMS.length);
    for (const item of NAV_ITEMS.filter((i) => i.label !== "Settings"))
      expect(item.holds.length).toBeGreaterThan(0);
  });
});
