/**
 * The processes of an AI management system that a RACI matrix assigns (ISO/IEC 42001 5.3, A.3.2),
 * as data. Each names the clause or Annex A control it serves; the names and summaries are ours.
 */

export type AimsProcess = {
  /** Stable code stored in `raci_assignments.subject_id`. */
  code: string;
  name: string;
  /** The ISO/IEC 42001:2023 clause or Annex A control (or topic) the process serves. */
  ref: string;
  summary: string;
};

export const AIMS_PROCESSES: readonly AimsProcess[] = [
  {
    code: "context",
    name: "Context and scope of the AIMS",
    ref: "4",
    summary: "Keep track of issues, interested parties and where the AIMS applies.",
  },
  {
    code: "ai-policy",
    name: "AI policy",
    ref: "5.2",
    summary: "Write, approve, publish and review the AI policy.",
  },
  {
    code: "roles",
    name: "Roles and responsibilities",
    ref: "5.3",
    summary: "Decide who does what in the AIMS and tell them.",
  },
  {
    code: "risk-assessment",
    name: "AI risk assessment",
    ref: "6.1.2",
    summary: "Identify, analyse and evaluate AI risks against the agreed criteria.",
  },
  {
    code: "risk-treatment",
    name: "AI risk treatment",
    ref: "6.1.3",
    summary: "Choose treatments and controls, keep the Statement of Applicability, accept residual risk.",
  },
  {
    code: "impact-assessment",
    name: "AI system impact assessment",
    ref: "6.1.4",
    summary: "Assess what AI systems may do to people, groups and society.",
  },
  {
    code: "objectives",
    name: "AI objectives",
    ref: "6.2",
    summary: "Set AI objectives, plan how to reach them and track progress.",
  },
  {
    code: "changes",
    name: "Planning of changes",
    ref: "6.3",
    summary: "Plan changes to the AIMS instead of making them ad hoc.",
  },
  {
    code: "resources",
    name: "Resources",
    ref: "7.1",
    summary: "Find out what people, budget and tools the AIMS needs and supply them.",
  },
  {
    code: "competence",
    name: "Competence",
    ref: "7.2",
    summary: "Say what each role must know, train people and keep proof of it.",
  },
  {
    code: "awareness",
    name: "Awareness",
    ref: "7.3",
    summary: "Make sure people know the AI policy and their part in the AIMS.",
  },
  {
    code: "communication",
    name: "Communication",
    ref: "7.4",
    summary: "Decide what is communicated about the AIMS, to whom, when and how.",
  },
  {
    code: "documented-information",
    name: "Documented information",
    ref: "7.5",
    summary: "Create, approve, version and keep the AIMS documents and records.",
  },
  {
    code: "operations",
    name: "Operational planning and control",
    ref: "8.1",
    summary: "Run the planned AIMS processes and control outsourced ones.",
  },
  {
    code: "monitoring",
    name: "Monitoring and measurement",
    ref: "9.1",
    summary: "Decide what is measured, measure it and evaluate the results.",
  },
  {
    code: "internal-audit",
    name: "Internal audit",
    ref: "9.2",
    summary: "Plan and run internal audits of the AIMS and report their results.",
  },
  {
    code: "management-review",
    name: "Management review",
    ref: "9.3",
    summary: "Have top management review the AIMS and decide on improvements.",
  },
  {
    code: "corrective-action",
    name: "Nonconformity and corrective action",
    ref: "10.2",
    summary: "Correct nonconformities, remove their causes and check the fix worked.",
  },
  {
    code: "concerns",
    name: "Reporting of concerns",
    ref: "A.3.3",
    summary: "Receive, triage and answer concerns raised about AI.",
  },
  {
    code: "ai-life-cycle",
    name: "AI system life cycle",
    ref: "A.6",
    summary: "Design, build, verify, deploy, operate and document AI systems responsibly.",
  },
  {
    code: "data",
    name: "Data for AI systems",
    ref: "A.7",
    summary: "Acquire, prepare and track the quality and provenance of data.",
  },
  {
    code: "interested-party-information",
    name: "Information for interested parties",
    ref: "A.8",
    summary: "Inform users and others about AI systems and report incidents to them.",
  },
  {
    code: "ai-use",
    name: "Use of AI systems",
    ref: "A.9",
    summary: "Use AI systems responsibly and within their intended purpose.",
  },
  {
    code: "third-parties",
    name: "Third-party and customer relationships",
    ref: "A.10",
    summary: "Share responsibilities with suppliers, partners and customers.",
  },
];

const BY_CODE = new Map(AIMS_PROCESSES.map((p) => [p.code, p]));

/** The process with this code, or undefined. */
export function aimsProcess(code: string): AimsProcess | undefined {
  return BY_CODE.get(code);
}

/** Processes whose code, name or clause contains `q` (case-insensitive), in catalog order. */
export function matchingProcesses(q: string | undefined): AimsProcess[] {
  const needle = q?.trim().toLowerCase();
  if (!needle) return [...AIMS_PROCESSES];
  return AIMS_PROCESSES.filter((p) =>
    [p.code, p.name.toLowerCase(), p.ref.toLowerCase()].some((s) => s.includes(needle)),
  );
}
