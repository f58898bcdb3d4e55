import { describe, expect, it } from "vitest";
import {
  aiLiteracySummary,
  competenceStanding,
  personCompetences,
  roleCompetenceGrid,
  trainingExpiresOn,
  trainingStatus,
} from "./competence.js";

const TODAY = "2026-03-10";

describe("trainingExpiresOn", () => {
  it.each([
    [
      "a recorded expiry wins over the validity",
      { completedOn: "2025-01-15", expiresOn: "2025-06-30" },
      12,
      "2025-06-30",
    ],
    [
      "no expiry: completion plus the validity",
      { completedOn: "2025-01-15", expiresOn: null },
      12,
      "2026-01-15",
    ],
    ["month ends are clamped", { completedOn: "2025-08-31", expiresOn: null }, 6, "2026-02-28"],
    ["neither: it never expires", { completedOn: "2025-01-15", expiresOn: null }, null, null],
  ] as const)("%s", (_label, record, months, expected) => {
    expect(trainingExpiresOn(record, months)).toBe(expected);
  });
});

describe("trainingStatus (30-day window)", () => {
  it.each([
    [null, "met"],
    ["2026-03-09", "expired"],
    ["2026-03-10", "expiring"],
    ["2026-04-09", "expiring"],
    ["2026-04-10", "met"],
    ["2027-01-01", "met"],
  ] as const)("expiring on %s -> %s", (expiresOn, expected) => {
    expect(trainingStatus(expiresOn, TODAY)).toBe(expected);
  });
});

describe("competenceStanding", () => {
  const yearly = { validityMonths: 12 };
  it("is missing without records", () => {
    expect(competenceStanding([], yearly, TODAY)).toEqual({
      status: "missing",
      recordId: null,
      expiresOn: null,
    });
  });
  it("rests on the record that holds longest", () => {
    const records = [
      { id: "old", completedOn: "2024-01-01", expiresOn: null },
      { id: "new", completedOn: "2025-12-01", expiresOn: null },
      { id: "mid", completedOn: "2025-02-01", expiresOn: null },
    ];
    expect(competenceStanding(records, yearly, TODAY)).toEqual({
      status: "met",
      recordId: "new",
      expiresOn: "2026-12-01",
    });
  });
  it("is expired when the validity default has run out", () => {
    const records = [{ id: "a", completedOn: "2025-03-01", expiresOn: null }];
    expect(competenceStanding(records, yearly, TODAY)).toMatchObject({
      status: "expired",
      expiresOn: "2026-03-01",
    });
  });
  it("is expiring when the default expiry falls within 30 days", () => {
    const records = [{ id: "a", completedOn: "2025-03-20", expiresOn: null }];
    expect(competenceStanding(records, yearly, TODAY).status).toBe("expiring");
  });
  it("prefers a record that never expires", () => {
    const records = [
      { id: "dated", completedOn: "2026-01-01", expiresOn: "2030-01-01" },
      { id: "forever", completedOn: "2020-01-01", expiresOn: null },
    ];
    expect(competenceStanding(records, { validityMonths: null }, TODAY).recordId).toBe("forever");
  });
});

const competences = new Map([
  ["ethics", { validityMonths: 12 }],
  ["mlops", { validityMonths: null }],
  ["privacy", { validityMonths: 24 }],
]);
const requirements = [
  { roleId: "lead", competenceId: "ethics" },
  { roleId: "lead", competenceId: "privacy" },
  { roleId: "ml", competenceId: "ethics" },
  { roleId: "ml", competenceId: "mlops" },
  { roleId: "other", competenceId: "privacy" },
];

describe("personCompetences", () => {
  it("joins the requirements of both roles a person holds, with the roles that require each", () => {
    const records = [
      { id: "r1", userId: "ada", competenceId: "ethics", completedOn: "2025-01-01", expiresOn: null },
      { id: "r2", userId: "ada", competenceId: "mlops", completedOn: "2025-01-01", expiresOn: null },
    ];
    const items = personCompetences({
      roleIds: ["lead", "ml"],
      requirements,
      competences,
      records,
      today: TODAY,
    });
    expect(items.map((i) => [i.competenceId, i.requiredBy, i.status])).toEqual([
      ["ethics", ["lead", "ml"], "expired"],
      ["privacy", ["lead"], "missing"],
      ["mlops", ["ml"], "met"],
    ]);
  });
  it("requires nothing of someone without roles", () => {
    expect(personCompetences({ roleIds: [], requirements, competences, records: [], today: TODAY })).toEqual(
      [],
    );
  });
});

describe("roleCompetenceGrid", () => {
  it("gives each member's status per required competence and counts them", () => {
    const records = [
      { id: "a1", userId: "ada", competenceId: "ethics", completedOn: "2026-01-01", expiresOn: null },
      { id: "a2", userId: "ada", competenceId: "mlops", completedOn: "2024-01-01", expiresOn: null },
      { id: "b1", userId: "bob", competenceId: "ethics", completedOn: "2025-03-25", expiresOn: null },
    ];
    const grid = roleCompetenceGrid({
      memberIds: ["ada", "bob"],
      competenceIds: ["ethics", "mlops"],
      competences,
      records,
      today: TODAY,
    });
    expect(grid.members).toEqual([
      { userId: "ada", statuses: { ethics: "met", mlops: "met" } },
      { userId: "bob", statuses: { ethics: "expiring", mlops: "missing" } },
    ]);
    expect(grid.counts).toEqual({ met: 2, expiring: 1, expired: 0, missing: 1 });
    expect(grid.membersComplete).toBe(1);
  });
});

describe("aiLiteracySummary (EU AI Act Art. 4)", () => {
  const list = [
    { id: "literacy", validityMonths: 12, aiLiteracy: true },
    { id: "mlops", validityMonths: null, aiLiteracy: false },
  ];
  it("counts people with a current AI-literacy record and lists the others", () => {
    const records = [
      { id: "1", userId: "ada", competenceId: "literacy", completedOn: "2025-12-01", expiresOn: null },
      { id: "2", userId: "bob", competenceId: "literacy", completedOn: "2024-01-01", expiresOn: null },
      { id: "3", userId: "carl", competenceId: "mlops", completedOn: "2025-12-01", expiresOn: null },
      { id: "4", userId: "dina", competenceId: "literacy", completedOn: "2025-03-20", expiresOn: null },
    ];
    const summary = aiLiteracySummary({
      userIds: ["ada", "bob", "carl", "dina"],
      competences: list,
      records,
      today: TODAY,
    });
    expect(summary).toEqual({
      total: 4,
      literate: 2,
      share: 0.5,
      without: [
        { userId: "bob", status: "expired" },
        { userId: "carl", status: "missing" },
      ],
    });
  });
  it("has no share when nobody is counted", () => {
    expect(aiLiteracySummary({ userIds: [], competences: list, records: [], today: TODAY })).toEqual({
      total: 0,
      literate: 0,
      share: null,
      without: [],
    });
  });
});

describe("cost at organization scale (300 people × 30 competences, 9,000 records)", () => {
  const people = Array.from({ length: 300 }, (_, i) => `u${i}`);
  const comps = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, validityMonths: 12, aiLiteracy: true }));
  const records = people.flatMap((userId) =>
    comps.map((c) => ({
      id: `${userId}-${c.id}`,
      userId,
      competenceId: c.id,
      completedOn: "2026-01-01",
      expiresOn: null,
    })),
  );
  const facts = new Map(comps.map((c) => [c.id, c]));

  // Each cell used to scan every record (300 × 30 × 9,000 per role): seconds per role of a page.
  it("fills a role's grid without scanning every record per cell", () => {
    const started = performance.now();
    const grid = roleCompetenceGrid({
      memberIds: people,
      competenceIds: comps.map((c) => c.id),
      competences: facts,
      records,
      today: TODAY,
    });
    expect(performance.now() - started).toBeLessThan(300);
    expect(grid.counts.met).toBe(9_000);
    expect(grid.membersComplete).toBe(300);
  });

  it("summarizes AI literacy without scanning every record per person", () => {
    const many = Array.from({ length: 3_000 }, (_, i) => `p${i}`);
    const started = performance.now();
    const summary = aiLiteracySummary({
      userIds: many,
      competences: comps,
      records: many.flatMap((userId) => records.slice(0, 10).map((r) => ({ ...r, userId }))),
      today: TODAY,
    });
    expect(performance.now() - started).toBeLessThan(300);
    expect(summary).toMatchObject({ total: 3_000, literate: 3_000 });
  });
});
