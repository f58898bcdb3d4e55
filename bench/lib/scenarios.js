// The named scenarios: what a user does most, each as the HTTP requests the web page sends.
// `group` picks the budget; `ceiling: true` marks list scenarios whose SQL is also replayed
// directly against the database (the limit the server can approach, never pass).

const json = (body) => ({ body: JSON.stringify(body), headers: { "content-type": "application/json" } });
const pick = (xs, i) => xs[i % xs.length];
const STAGES = ["proposed", "design", "development", "validation", "deployed"];
const AI_SORTS = ["name", "key", "updatedAt", "euRiskClass"];
const RISK_STATUSES = ["open", "treating", "accepted", "closed"];

/** @type {{ name: string; group: string; title: string; ceiling?: boolean; slow?: boolean; setup?: Function; request: Function }[]} */
export const SCENARIOS = [
  {
    name: "ai-systems-list",
    group: "list",
    title: "List AI systems: page of 50, filter by stage, sort (rotating)",
    ceiling: true,
    request: (_, i) => ({
      path: `/api/v1/ai-systems?limit=50&offset=${(i % 10) * 50}&lifecycleStage=${pick(STAGES, i)}&sort=${pick(AI_SORTS, i)}`,
    }),
  },
  {
    name: "ai-system-page",
    group: "page",
    title: "AI system page: record, obligations, classification history, its risks",
    setup: async (api) => ({
      ids: (await api.get("/api/v1/ai-systems?limit=200")).items.map((s) => s.id),
    }),
    request: (s, i) => {
      const id = pick(s.ids, i);
      return [
        { path: `/api/v1/ai-systems/${id}` },
        { path: `/api/v1/ai-systems/${id}/obligations` },
        { path: `/api/v1/ai-systems/${id}/classifications` },
        { path: `/api/v1/risks?aiSystemId=${id}&limit=50` },
      ];
    },
  },
  {
    name: "ai-system-create",
    group: "create",
    title: "Create an AI system (classified, audited)",
    request: (_, i) => ({
      method: "POST",
      path: "/api/v1/ai-systems",
      expect: 201,
      ...json({
        name: `Bench created system ${process.pid}-${i}`,
        purpose: "Scores incoming claims for fraud review.",
        lifecycleStage: "design",
        profile: {
          organizationRoles: ["customer"],
          jurisdictions: { eu: ["DE"] },
          annexIIIAreas: ["employment"],
        },
      }),
    }),
  },
  {
    name: "risks-list",
    group: "list",
    title: "List risks: page of 50, filter by status, sort by residual level",
    ceiling: true,
    request: (_, i) => ({
      path: `/api/v1/risks?limit=50&offset=${(i % 10) * 50}&status=${pick(RISK_STATUSES, i)}&sort=residualLevel&order=desc`,
    }),
  },
  {
    name: "risk-create",
    group: "create",
    title: "Create a risk (levels from the matrix, audited)",
    setup: async (api) => ({ ids: (await api.get("/api/v1/ai-systems?limit=50")).items.map((s) => s.id) }),
    request: (s, i) => ({
      method: "POST",
      path: "/api/v1/risks",
      expect: 201,
      ...json({
        title: `Bench created risk ${process.pid}-${i}`,
        aiSystemId: pick(s.ids, i),
        inherentLikelihood: 1 + (i % 5),
        inherentImpact: 1 + ((i * 3) % 5),
        residualLikelihood: 1 + (i % 3),
        residualImpact: 1 + ((i * 7) % 3),
      }),
    }),
  },
  {
    name: "risk-heat-map",
    group: "heat-map",
    title: "Risk heat map (residual, whole register)",
    request: (_, i) => ({ path: `/api/v1/risks/heat-map?kind=${i % 2 ? "inherent" : "residual"}` }),
  },
  {
    name: "coverage-summary",
    group: "coverage-summary",
    title: "Coverage summary of every framework",
    request: () => ({ path: "/api/v1/coverage/summary" }),
  },
  {
    name: "coverage-framework",
    group: "coverage-framework",
    title: "Coverage of NIST AI RMF with explanations (200 requirements)",
    request: () => ({ path: "/api/v1/coverage?framework=nist-ai-rmf:1.0&limit=200" }),
  },
  {
    name: "audit-events-page",
    group: "list",
    title: "Audit events: newest page of 50, then page 20",
    ceiling: true,
    request: (_, i) => ({ path: `/api/v1/audit-events?limit=50&offset=${i % 2 ? 1000 : 0}` }),
  },
  {
    name: "soa-xlsx",
    group: "soa-xlsx",
    title: "Statement of Applicability as XLSX",
    slow: true,
    request: () => ({ path: "/api/v1/soa/export?format=xlsx" }),
  },
  {
    name: "sign-in",
    group: "sign-in",
    title: "Sign in with e-mail and password (scrypt), session created",
    request: (s) => ({ method: "POST", path: "/api/v1/auth/login", auth: false, ...json(s.credentials) }),
  },
  {
    name: "evidence-list",
    group: "list",
    title: "List evidence: page of 50, sort by valid-until",
    ceiling: true,
    request: (_, i) => ({ path: `/api/v1/evidence?limit=50&offset=${(i % 10) * 50}&sort=validUntil` }),
  },
  {
    name: "evidence-download",
    group: "file",
    title: "Download an evidence file",
    request: (s) => ({ path: `/api/v1/evidence/${s.refs.evidenceFileId}/file` }),
  },
  {
    name: "documents-list",
    group: "list",
    title: "List documents",
    ceiling: true,
    request: () => ({ path: "/api/v1/documents?limit=50" }),
  },
  {
    name: "raci-matrix",
    group: "page",
    title: "RACI matrix of the AIMS processes",
    request: () => ({ path: "/api/v1/raci" }),
  },
  {
    name: "vendors-list",
    group: "list",
    title: "List vendors: page of 50, sort by name",
    ceiling: true,
    request: (_, i) => ({ path: `/api/v1/vendors?limit=50&offset=${(i % 4) * 50}` }),
  },
  {
    name: "campaign-detail",
    group: "page",
    title: "A sent questionnaire: answers, files, follow-ups, messages",
    request: (s) => ({ path: `/api/v1/vendor-campaigns/${s.refs.campaignId}` }),
  },
  {
    name: "portal-questionnaire",
    group: "page",
    title: "Vendor portal: open a questionnaire through its link",
    request: (s) => ({
      path: "/api/v1/portal/questionnaire",
      auth: false,
      headers: { "x-vendor-link": s.refs.portalToken },
    }),
  },
];

export const scenarioNames = () => SCENARIOS.map((s) => s.name);
