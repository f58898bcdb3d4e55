/**
 * Export to OSCAL 1.2 JSON: a framework as a `catalog`, a crosswalk as a `mapping-collection`.
 *
 * Catalog: a non-assessable requirement with children becomes a `group`; every other requirement
 * becomes a `control` (nested under its parent control, since OSCAL controls hold only controls).
 * Ids become OSCAL tokens (`A.6.2.4` -> `a.6.2.4`, `GOVERN 1.1` -> `govern-1.1`, `4.1` ->
 * `id-4.1`); the original id is kept in the `label` prop, the summary in an `overview` part.
 * UUIDs come from `opts.uuid(seed)` (by default a v5 UUID), so the same data exports the same.
 */
import { frameworkRefOf, type Crosswalk, type Framework, type Requirement } from "../catalog-schema.js";
import {
  OPENAIMS_OSCAL_NS,
  OSCAL_VERSION,
  type OscalCatalogDocument,
  type OscalControl,
  type OscalGroup,
  type OscalMappingCollectionDocument,
  type OscalMappingMethod,
  type OscalMappingStatus,
  type OscalMatchingRationale,
  type OscalProp,
  type OscalResource,
} from "./oscal-types.js";
import { deterministicUuid } from "./uuid.js";

export interface OscalExportOptions {
  /** UUID for a seed; must give the same UUID for the same seed. Default: `deterministicUuid`. */
  uuid?: (seed: string) => string;
  /** `last-modified` timestamp with a time zone, e.g. `2025-06-30T12:00:00Z`. */
  now: string;
}

export interface OscalMappingOptions extends OscalExportOptions {
  /** Where each framework's OSCAL catalog is published; default: a back-matter resource. */
  catalogHref?: (frameworkRef: string) => string;
  method?: OscalMappingMethod;
  matchingRationale?: OscalMatchingRationale;
  status?: OscalMappingStatus;
  /** Version of the mapping document; default `1.0`. */
  version?: string;
}

const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function checkNow(now: string): void {
  if (!DATE_TIME_WITH_ZONE.test(now))
    throw new Error(`now must be a date-time with a time zone, got "${now}"`);
}

/** An OSCAL token (letter or `_` first; letters, digits, `.`, `-`, `_`) made from a requirement id. */
export function oscalToken(id: string): string {
  const token = id
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/\.-|-\./g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  if (token === "") return "id";
  return /^[a-z_]/.test(token) ? token : `id-${token}`;
}

/** Token of every requirement id of a framework, unique within it (`-2`, `-3` on collisions). */
export function oscalTokens(framework: Framework): Map<string, string> {
  const tokens = new Map<string, string>();
  const used = new Set<string>();
  const ordered = [...framework.requirements].sort((a, b) => a.sortOrder - b.sortOrder);
  for (const requirement of ordered) {
    const base = oscalToken(requirement.id);
    let token = base;
    for (let n = 2; used.has(token); n++) token = `${base}-${n}`;
    used.add(token);
    tokens.set(requirement.id, token);
  }
  return tokens;
}

const ours = (name: string, value: string): OscalProp => ({ name, ns: OPENAIMS_OSCAL_NS, value });

function requirementProps(requirement: Requirement): OscalProp[] {
  const props: OscalProp[] = [
    { name: "label", value: requirement.id },
    { name: "sort-id", value: String(requirement.sortOrder).padStart(6, "0") },
    ...(requirement.aliases ?? []).map((alias) => ({ name: "alt-identifier", value: alias })),
    ours("kind", requirement.kind),
    ours("assessable", String(requirement.assessable)),
  ];
  const { roles, riskClasses, scope, documentedInformation } = requirement.tags;
  for (const role of roles ?? []) props.push(ours("role", role));
  for (const riskClass of riskClasses ?? []) props.push(ours("risk-class", riskClass));
  for (const item of scope ?? []) props.push(ours("scope", item));
  for (const item of documentedInformation ?? []) props.push(ours("documented-information", item));
  if (requirement.effectiveFrom) props.push(ours("effective-from", requirement.effectiveFrom));
  if (requirement.citation) props.push(ours("citation", requirement.citation));
  return props;
}

function markdownList(title: string, items: readonly string[] | undefined): string[] {
  return items && items.length > 0 ? [`${title}:`, "", ...items.map((item) => `- ${item}`), ""] : [];
}

/** A framework as an OSCAL 1.2 catalog document. */
export function frameworkToOscalCatalog(
  framework: Framework,
  opts: OscalExportOptions,
): OscalCatalogDocument {
  checkNow(opts.now);
  const uuid = opts.uuid ?? deterministicUuid;
  const ref = frameworkRefOf(framework);
  const tokens = oscalTokens(framework);
  const ids = new Set(framework.requirements.map((requirement) => requirement.id));
  const children = new Map<string | null, Requirement[]>();
  for (const requirement of [...framework.requirements].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const parent = requirement.parent !== null && ids.has(requirement.parent) ? requirement.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), requirement]);
  }
  const emitted = new Set<string>();
  const fresh = (requirement: Requirement) => !emitted.has(requirement.id) && emitted.add(requirement.id);
  const isGroup = (requirement: Requirement) => !requirement.assessable && children.has(requirement.id);
  const common = (requirement: Requirement) => {
    const related = (requirement.tags.related ?? []).flatMap((id) => {
      const token = tokens.get(id);
      return token ? [{ href: `#${token}`, rel: "related" }] : [];
    });
    return {
      id: tokens.get(requirement.id) ?? oscalToken(requirement.id),
      class: requirement.kind,
      title: requirement.title,
      props: requirementProps(requirement),
      ...(related.length > 0 ? { links: related } : {}),
      parts: [{ name: "overview", prose: requirement.summary }],
    };
  };
  const control = (requirement: Requirement): OscalControl => {
    const nested = (children.get(requirement.id) ?? []).filter(fresh).map(control);
    return { ...common(requirement), ...(nested.length > 0 ? { controls: nested } : {}) };
  };
  const group = (requirement: Requirement): OscalGroup => {
    const members = (children.get(requirement.id) ?? []).filter(fresh);
    const groups = members.filter(isGroup).map(group);
    const controls = members.filter((member) => !isGroup(member)).map(control);
    return {
      ...common(requirement),
      ...(groups.length > 0 ? { groups } : {}),
      ...(controls.length > 0 ? { controls } : {}),
    };
  };
  const roots = (children.get(null) ?? []).filter(fresh);
  const groups = roots.filter(isGroup).map(group);
  const controls = roots.filter((root) => !isGroup(root)).map(control);

  const partyUuid = uuid(`party:${ref}:publisher`);
  const sourceUuid = uuid(`resource:${ref}:official-text`);
  const metadataProps: OscalProp[] = [ours("framework-ref", ref), ours("kind", framework.kind)];
  const optional: Array<[string, string | undefined]> = [
    ["short-name", framework.shortName],
    ["jurisdiction", framework.jurisdiction],
    ["published-on", framework.publishedOn],
    ["effective-from", framework.effectiveFrom],
    ["effective-to", framework.effectiveTo],
    ["supersedes", framework.supersedes],
    ["superseded-by", framework.supersededBy],
  ];
  for (const [name, value] of optional) if (value !== undefined) metadataProps.push(ours(name, value));
  const remarks = [...markdownList("Notes", framework.notes), ...markdownList("Sources", framework.sources)];

  return {
    catalog: {
      uuid: uuid(`catalog:${ref}`),
      metadata: {
        title: framework.name,
        "last-modified": opts.now,
        version: framework.version,
        "oscal-version": OSCAL_VERSION,
        props: metadataProps,
        links: [{ href: `#${sourceUuid}`, rel: "reference", text: "Official text" }],
        roles: [{ id: "publisher", title: "Publisher" }],
        parties: [{ uuid: partyUuid, type: "organization", name: framework.publisher }],
        "responsible-parties": [{ "role-id": "publisher", "party-uuids": [partyUuid] }],
        ...(remarks.length > 0 ? { remarks: remarks.join("\n").trim() } : {}),
      },
      ...(groups.length > 0 ? { groups } : {}),
      ...(controls.length > 0 ? { controls } : {}),
      "back-matter": {
        resources: [
          { uuid: sourceUuid, title: `${framework.name} (official text)`, rlinks: [{ href: framework.url }] },
        ],
      },
    },
  };
}

/**
 * A crosswalk as an OSCAL 1.2 mapping-collection with one mapping. `frameworks` must hold both
 * ends (the tokens are those of `frameworkToOscalCatalog`). Relationships keep the NIST IR 8477
 * values; the rationale goes to `remarks`, the confidence to `confidence-score`, the asserting
 * source to a `source` prop. Throws when a framework or an entry end is missing, or when the
 * crosswalk has no entries (OSCAL requires at least one map).
 */
export function crosswalkToOscalMappingCollection(
  crosswalk: Crosswalk,
  frameworks: readonly Framework[],
  opts: OscalMappingOptions,
): OscalMappingCollectionDocument {
  checkNow(opts.now);
  if (crosswalk.entries.length === 0) throw new Error("an OSCAL mapping needs at least one entry");
  const uuid = opts.uuid ?? deterministicUuid;
  const frameworkOf = (ref: string) => {
    const framework = frameworks.find((candidate) => frameworkRefOf(candidate) === ref);
    if (!framework) throw new Error(`framework ${ref} is needed to export this crosswalk`);
    return { framework, tokens: oscalTokens(framework) };
  };
  const from = frameworkOf(crosswalk.from);
  const to = frameworkOf(crosswalk.to);
  const item = (end: typeof from, id: string) => {
    const token = end.tokens.get(id);
    if (!token) throw new Error(`"${id}" is not a requirement of ${frameworkRefOf(end.framework)}`);
    return { type: "control" as const, "id-ref": token, props: [ours("label", id)] };
  };

  const resourceUuid = (ref: string) => uuid(`resource:${ref}:oscal-catalog`);
  const resourceRef = (ref: string) => ({
    type: "catalog" as const,
    href: opts.catalogHref?.(ref) ?? `#${resourceUuid(ref)}`,
    props: [ours("framework-ref", ref)],
  });
  const resource = (end: typeof from): OscalResource => {
    const ref = frameworkRefOf(end.framework);
    const href = opts.catalogHref?.(ref);
    return {
      uuid: resourceUuid(ref),
      title: `${end.framework.name} (OSCAL catalog exported by OpenAIMS)`,
      "document-ids": [{ identifier: uuid(`catalog:${ref}`) }],
      props: [ours("framework-ref", ref)],
      ...(href ? { rlinks: [{ href, "media-type": "application/oscal.catalog+json" }] } : {}),
    };
  };

  const seen = new Map<string, number>();
  const maps = crosswalk.entries.map((entry) => {
    const seed = `map:${crosswalk.from}/${entry.from}->${crosswalk.to}/${entry.to}`;
    const count = (seen.get(seed) ?? 0) + 1;
    seen.set(seed, count);
    return {
      uuid: uuid(count === 1 ? seed : `${seed}#${count}`),
      relationship: entry.relationship,
      sources: [item(from, entry.from)],
      targets: [item(to, entry.to)],
      "confidence-score": { category: entry.confidence },
      props: [ours("source", entry.source)],
      remarks: entry.rationale,
    };
  });

  const pair = `${crosswalk.from}->${crosswalk.to}`;
  const resources = crosswalk.from === crosswalk.to ? [resource(from)] : [resource(from), resource(to)];
  const description =
    crosswalk.notes && crosswalk.notes.length > 0
      ? crosswalk.notes.join("\n\n")
      : `Relationships read from ${crosswalk.from} to ${crosswalk.to} (NIST IR 8477 set-theory relationships).`;
  return {
    "mapping-collection": {
      uuid: uuid(`mapping-collection:${pair}`),
      metadata: {
        title: crosswalk.title ?? `${from.framework.name} to ${to.framework.name}`,
        "last-modified": opts.now,
        version: opts.version ?? "1.0",
        "oscal-version": OSCAL_VERSION,
        props: [ours("source-framework", crosswalk.from), ours("target-framework", crosswalk.to)],
      },
      provenance: {
        method: opts.method ?? "human",
        "matching-rationale": opts.matchingRationale ?? "semantic",
        status: opts.status ?? "complete",
        "mapping-description": description,
      },
      mappings: [
        {
          uuid: uuid(`mapping:${pair}`),
          "source-resource": resourceRef(crosswalk.from),
          "target-resource": resourceRef(crosswalk.to),
          maps,
        },
      ],
      "back-matter": { resources },
    },
  };
}
