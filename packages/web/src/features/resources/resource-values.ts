/** The resource form's values, turned into API bodies and checked with the core schemas. */
import {
  parseResourceAttributes,
  type COMPUTING_ENVIRONMENTS,
  type DATA_USES,
  type Resource,
  type ResourceKind,
} from "@openaims/core";

export const KIND_LABELS: Record<ResourceKind, { label: string; clause: string; hint: string }> = {
  data: {
    label: "Data",
    clause: "A.4.3",
    hint: "Datasets used to train, test or run the system: where they come from and what they hold.",
  },
  tooling: {
    label: "Tooling",
    clause: "A.4.4",
    hint: "Libraries, frameworks, models and tools the system is built or run with.",
  },
  computing: {
    label: "System and computing",
    clause: "A.4.5",
    hint: "Where the system runs: cloud, on-premises or at the edge, and on what hardware.",
  },
  human: {
    label: "Human resources",
    clause: "A.4.6",
    hint: "The roles and skills the system needs, counted in people or full-time equivalents.",
  },
};

export const USE_LABELS: Record<(typeof DATA_USES)[number], string> = {
  training: "Training",
  validation: "Validation",
  testing: "Testing",
  production: "Production input",
  other: "Other",
};

export const ENVIRONMENT_LABELS: Record<(typeof COMPUTING_ENVIRONMENTS)[number], string> = {
  cloud: "Cloud",
  on_premises: "On-premises",
  edge: "Edge",
};

export type ResourceValues = {
  kind: ResourceKind;
  name: string;
  description: string;
  provider: string;
  ownerId: string | null;
  /** Every kind's attribute fields; only the chosen kind's are sent. */
  provenance: string;
  personalData: boolean;
  categories: string[];
  uses: string[];
  retention: string;
  version: string;
  licence: string;
  environment: string | null;
  region: string;
  accelerator: string;
  role: string;
  skills: string[];
  headcount: number | null;
  fte: number | null;
};

export const EMPTY_RESOURCE: ResourceValues = {
  kind: "data",
  name: "",
  description: "",
  provider: "",
  ownerId: null,
  provenance: "",
  personalData: false,
  categories: [],
  uses: [],
  retention: "",
  version: "",
  licence: "",
  environment: null,
  region: "",
  accelerator: "",
  role: "",
  skills: [],
  headcount: null,
  fte: null,
};

/** The form's values for a stored resource. */
export function valuesOf(r: Resource): ResourceValues {
  return { ...EMPTY_RESOURCE, ...(r.attributes as Partial<ResourceValues>), ...pick(r), kind: r.kind };
}
const pick = (r: Resource) => ({
  name: r.name,
  description: r.description,
  provider: r.provider,
  ownerId: r.owner?.id ?? null,
});

/** The attributes of the chosen kind, as the API expects them. */
export function attributesOf(v: ResourceValues): Record<string, unknown> {
  switch (v.kind) {
    case "data":
      return {
        provenance: v.provenance,
        personalData: v.personalData,
        categories: v.categories,
        uses: v.uses,
        retention: v.retention,
      };
    case "tooling":
      return { version: v.version, licence: v.licence };
    case "computing":
      return { environment: v.environment, region: v.region, accelerator: v.accelerator };
    case "human":
      return { role: v.role, skills: v.skills, headcount: v.headcount, fte: v.fte };
  }
}

/** Field messages by attribute name ("attributes.headcount" → "headcount"), from the core check. */
export function attributeErrors(
  kind: ResourceKind,
  attributes: Record<string, unknown>,
): Record<string, string> {
  const parsed = parseResourceAttributes(kind, attributes);
  return parsed.ok ? {} : errorsByAttribute(parsed.issues);
}

/** Attribute issues of a check or a server answer, keyed by attribute name. */
export function errorsByAttribute(
  issues: readonly { path: string; message: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const parts = i.path.split(".");
    const at = parts.indexOf("attributes");
    const field = at >= 0 ? parts[at + 1] : undefined;
    if (field && !(field in out)) out[field] = i.message.charAt(0).toUpperCase() + i.message.slice(1);
  }
  return out;
}

/** A one-line summary of a resource's attributes for its row. */
export function attributeSummary(r: Resource): string {
  const a = r.attributes;
  const text = (k: string) => (typeof a[k] === "string" && a[k] ? String(a[k]) : null);
  const parts: (string | null)[] = [];
  if (r.kind === "data") {
    parts.push(a.personalData === true ? "personal data" : "no personal data");
    const uses = Array.isArray(a.uses) ? (a.uses as (keyof typeof USE_LABELS)[]) : [];
    if (uses.length) parts.push(uses.map((u) => USE_LABELS[u] ?? u).join(", "));
    parts.push(text("provenance"), text("retention") && `kept ${text("retention")}`);
  } else if (r.kind === "tooling") {
    parts.push(text("version") && `version ${text("version")}`, text("licence"));
  } else if (r.kind === "computing") {
    const env = a.environment as keyof typeof ENVIRONMENT_LABELS;
    parts.push(ENVIRONMENT_LABELS[env] ?? null, text("region"), text("accelerator"));
  } else {
    parts.push(text("role"));
    if (typeof a.headcount === "number") parts.push(`${a.headcount} people`);
    if (typeof a.fte === "number") parts.push(`${a.fte} FTE`);
  }
  return parts.filter(Boolean).join(" · ");
}
