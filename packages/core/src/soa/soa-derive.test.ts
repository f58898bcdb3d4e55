import { describe, expect, it } from "vitest";
import {
  deriveSoaDraft,
  isTreatingRisk,
  type LegalLink,
  type RiskTreatmentLink,
  type SoaDecision,
} from "./soa-derive.js";
import type { AnnexAControl, SoaReason } from "./soa-types.js";

const K = (id: string) => `iso-iec-42001:2023/${id}`;
const control = (id: string): AnnexAControl => ({ key: K(id), id, title: `Control ${id}`, theme: "A.6" });
const controls = [control("A.6.2.4"), control("A.6.2.6"), control("A.7.4")];

const risk = (key: string, extra: Partial<RiskTreatmentLink["risk"]> = {}) => ({
  key,
  title: `Risk ${key}`,
  status: "treating",
  treatment: "mitigate",
  ...extra,
});
const direct = (riskKey: string, id: string, extra = {}): RiskTreatmentLink => ({
  risk: risk(riskKey, extra),
  annexAKey: K(id),
  via: null,
});
const legal = (obligation: string, id: string): LegalLink => ({
  obligationKey: `eu-ai-act:2024/${obligation}`,
  obligationLabel: `EU AI Act ${obligation}`,
  annexAKey: K(id),
  relationship: "intersects-with",
  systemKeys: ["AIS-2", "AIS-10", "AIS-1"],
  systemCount: 5,
});
const reason = (kind: SoaReason["kind"], ref: string): SoaReason => ({ kind, ref, label: ref, note: "" });
const entry = (id: string, e: Partial<SoaDecision>): SoaDecision => ({
  controlKey: K(id),
  applicable: null,
  reasons: [],
  decisionSource: null,
  proposal: null,
  ...e,
});
const pick = (draft: ReturnType<typeof deriveSoaDraft>, id: string) =>
  draft.items.find((i) => i.controlId === id)!;

describe("isTreatingRisk", () => {
  it.each([
    ["treating", "mitigate", true],
    ["treating", "avoid", true],
    ["treating", "transfer", true],
    ["open", "undecided", false],
    ["accepted", "accept", false],
    ["acceptance_pending", "accept", false],
    ["closed", "mitigate", false],
  ] as const)("status %s, treatment %s -> %s", (status, treatment, expected) => {
    expect(isTreatingRisk({ status, treatment })).toBe(expected);
  });
});

describe("deriveSoaDraft: reasons per source", () => {
  it.each([
    {
      name: "a risk chosen directly justifies the control with its key",
      riskLinks: [direct("RSK-12", "A.6.2.4")],
      legalLinks: [],
      id: "A.6.2.4",
      reasons: [{ kind: "risk_treatment", ref: "RSK-12", note: "treatment: mitigate; chosen directly" }],
    },
    {
      name: "a risk through an organization control names the control",
      riskLinks: [
        { risk: risk("RSK-3"), annexAKey: K("A.6.2.4"), via: { code: "BIAS-01", title: "Bias tests" } },
        direct("RSK-3", "A.6.2.4"),
      ],
      legalLinks: [],
      id: "A.6.2.4",
      reasons: [
        {
          kind: "risk_treatment",
          ref: "RSK-3",
          note: "treatment: mitigate; chosen directly and through BIAS-01 Bias tests",
        },
      ],
    },
    {
      name: "accepted, undecided and closed risks justify nothing",
      riskLinks: [
        direct("RSK-1", "A.6.2.4", { treatment: "accept", status: "accepted" }),
        direct("RSK-2", "A.6.2.4", { treatment: "undecided", status: "open" }),
        direct("RSK-4", "A.6.2.4", { status: "closed" }),
      ],
      legalLinks: [],
      id: "A.6.2.4",
      reasons: [],
    },
    {
      name: "a duty of an applicable law through a crosswalk, systems in numeric order",
      riskLinks: [],
      legalLinks: [legal("Art. 9", "A.6.2.6"), legal("Art. 9", "A.6.2.6")],
      id: "A.6.2.6",
      reasons: [
        {
          kind: "legal",
          ref: "eu-ai-act:2024/Art. 9",
          label: "EU AI Act Art. 9",
          note: "applies to AIS-1, AIS-2, AIS-10 and 2 more; the control intersects-with the duty",
        },
      ],
    },
    {
      name: "risks come before laws, risk keys in numeric order",
      riskLinks: [direct("RSK-12", "A.7.4"), direct("RSK-2", "A.7.4")],
      legalLinks: [legal("Art. 10", "A.7.4")],
      id: "A.7.4",
      reasons: [
        { kind: "risk_treatment", ref: "RSK-2" },
        { kind: "risk_treatment", ref: "RSK-12" },
        { kind: "legal", ref: "eu-ai-act:2024/Art. 10" },
      ],
    },
  ])("$name", ({ riskLinks, legalLinks, id, reasons }) => {
    const draft = deriveSoaDraft({ controls, riskLinks, legalLinks, entries: [] });
    const item = pick(draft, id);
    expect(item.reasons).toEqual(reasons.map((r) => expect.objectContaining(r)));
    expect(item.reasons).toHaveLength(reasons.length);
    expect(item.applicable).toBe(reasons.length ? true : null);
  });

  it("takes interested-party requirements when they are linked", () => {
    const draft = deriveSoaDraft({
      controls,
      riskLinks: [],
      legalLinks: [],
      partyLinks: [
        { partyKey: "IP-1", partyName: "Works council", requirement: "logs kept", annexAKey: K("A.6.2.6") },
        { partyKey: "IP-1", partyName: "Works council", requirement: "monitoring", annexAKey: K("A.6.2.6") },
      ],
      entries: [],
    });
    expect(pick(draft, "A.6.2.6").reasons).toEqual([
      { kind: "interested_party", ref: "IP-1", label: "Works council", note: "logs kept; monitoring" },
    ]);
  });
});

describe("deriveSoaDraft: what happens to stored decisions", () => {
  const sources = { controls, riskLinks: [direct("RSK-1", "A.6.2.4")], legalLinks: [] };
  const derivedRisk = {
    kind: "risk_treatment",
    ref: "RSK-1",
    label: "Risk RSK-1",
    note: "treatment: mitigate; chosen directly",
  } as const;

  it.each([
    {
      name: "an undecided control with a reason becomes applicable (derived)",
      stored: entry("A.6.2.4", {}),
      expected: { applicable: true, decisionSource: "derived", change: "decided", proposal: null },
    },
    {
      name: "a derived entry with the same reasons does not change",
      stored: entry("A.6.2.4", { applicable: true, decisionSource: "derived", reasons: [derivedRisk] }),
      expected: { applicable: true, decisionSource: "derived", change: "none" },
    },
    {
      name: "a derived entry gets its reasons refreshed",
      stored: entry("A.6.2.4", {
        applicable: true,
        decisionSource: "derived",
        reasons: [reason("risk_treatment", "RSK-9")],
      }),
      expected: { applicable: true, reasons: [derivedRisk], change: "updated" },
    },
    {
      name: "a manual exclusion survives and gets a proposal",
      stored: entry("A.6.2.4", { applicable: false, decisionSource: "manual" }),
      expected: {
        applicable: false,
        decisionSource: "manual",
        change: "proposal",
        proposal: expect.objectContaining({ applicable: true, missingReasons: [derivedRisk] }),
      },
    },
    {
      name: "a manual inclusion citing another reason gets the missing one proposed",
      stored: entry("A.6.2.4", {
        applicable: true,
        decisionSource: "manual",
        reasons: [reason("business", "customer contract")],
      }),
      expected: {
        applicable: true,
        reasons: [reason("business", "customer contract")],
        change: "proposal",
        proposal: expect.objectContaining({ missingReasons: [derivedRisk] }),
      },
    },
    {
      name: "a manual inclusion already citing the risk needs no proposal",
      stored: entry("A.6.2.4", {
        applicable: true,
        decisionSource: "manual",
        reasons: [reason("risk_treatment", "RSK-1")],
      }),
      expected: { applicable: true, change: "none", proposal: null },
    },
  ])("$name", ({ stored, expected }) => {
    const item = pick(deriveSoaDraft({ ...sources, entries: [stored] }), "A.6.2.4");
    expect(item).toMatchObject(expected);
  });

  /** jsonb gives objects back with their keys in another order. */
  const reordered = <T extends object>(o: T): T =>
    JSON.parse(
      JSON.stringify(o, (_k, v) =>
        v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    );

  it("reports an unchanged proposal or unchanged reasons as no change, whatever the key order", () => {
    const first = pick(
      deriveSoaDraft({
        ...sources,
        entries: [entry("A.6.2.4", { applicable: false, decisionSource: "manual" })],
      }),
      "A.6.2.4",
    );
    const again = pick(
      deriveSoaDraft({
        ...sources,
        entries: [
          entry("A.6.2.4", {
            applicable: false,
            decisionSource: "manual",
            proposal: reordered(first.proposal!),
          }),
        ],
      }),
      "A.6.2.4",
    );
    expect(again.change).toBe("none");
    expect(again.proposal).toEqual(first.proposal);
    const derived = deriveSoaDraft({
      ...sources,
      entries: [
        entry("A.6.2.4", { applicable: true, decisionSource: "derived", reasons: [reordered(derivedRisk)] }),
      ],
    });
    expect(pick(derived, "A.6.2.4").change).toBe("none");
  });

  it("returns a derived entry to undecided when its reason is gone, and leaves manual ones alone", () => {
    const draft = deriveSoaDraft({
      controls,
      riskLinks: [],
      legalLinks: [],
      entries: [
        entry("A.6.2.4", { applicable: true, decisionSource: "derived", reasons: [derivedRisk] }),
        entry("A.6.2.6", { applicable: false, decisionSource: "manual" }),
        entry("A.7.4", { applicable: true, decisionSource: "manual", reasons: [reason("business", "x")] }),
      ],
    });
    expect(pick(draft, "A.6.2.4")).toMatchObject({ applicable: null, reasons: [], change: "reverted" });
    expect(pick(draft, "A.6.2.6")).toMatchObject({ applicable: false, change: "none", proposal: null });
    expect(pick(draft, "A.7.4")).toMatchObject({ applicable: true, change: "none" });
    expect(draft.counts).toEqual({ decided: 0, updated: 0, reverted: 1, proposal: 0 });
  });

  it("covers every control given, in the given order, even without a stored entry", () => {
    const draft = deriveSoaDraft({ ...sources, entries: [] });
    expect(draft.items.map((i) => i.controlId)).toEqual(["A.6.2.4", "A.6.2.6", "A.7.4"]);
    expect(draft.counts).toEqual({ decided: 1, updated: 0, reverted: 0, proposal: 0 });
  });
});
