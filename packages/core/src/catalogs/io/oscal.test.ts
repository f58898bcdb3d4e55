import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { frameworkRefOf, RELATIONSHIPS, type Crosswalk, type Framework } from "../catalog-schema.js";
import {
  crosswalkToOscalMappingCollection,
  frameworkToOscalCatalog,
  oscalToken,
  oscalTokens,
} from "./oscal.js";
import type { OscalControl, OscalGroup, OscalProp } from "./oscal-types.js";

const catalogsDir = fileURLToPath(new URL("../../../../../catalogs/", import.meta.url));
const frameworks = readdirSync(catalogsDir)
  .filter((folder) => existsSync(`${catalogsDir}${folder}/framework.json`))
  .map((folder) => JSON.parse(readFileSync(`${catalogsDir}${folder}/framework.json`, "utf8")) as Framework);
const crosswalks = readdirSync(`${catalogsDir}crosswalks`)
  .filter((file) => file.endsWith(".json"))
  .map((file) => JSON.parse(readFileSync(`${catalogsDir}crosswalks/${file}`, "utf8")) as Crosswalk);

const NOW = "2025-06-30T12:00:00Z";
const TOKEN = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u;
const OSCAL_UUID =
  /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;

/** Every value under a key named `uuid`, anywhere in a document. */
function uuidsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(uuidsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "uuid" && typeof item === "string" ? [item] : uuidsIn(item),
  );
}

interface Flat {
  controls: OscalControl[];
  groups: OscalGroup[];
}

function flatten(
  groups: OscalGroup[] = [],
  controls: OscalControl[] = [],
  into: Flat = { controls: [], groups: [] },
) {
  for (const group of groups) {
    into.groups.push(group);
    flatten(group.groups, group.controls, into);
  }
  for (const control of controls) {
    into.controls.push(control);
    flatten([], control.controls, into);
  }
  return into;
}

const label = (props: OscalProp[] = []) => props.find((prop) => prop.name === "label" && !prop.ns)?.value;

describe("OSCAL catalog export", () => {
  it.each(frameworks.map((framework) => [frameworkRefOf(framework), framework] as const))(
    "%s becomes a valid-looking OSCAL 1.2 catalog",
    (_ref, framework) => {
      const document = frameworkToOscalCatalog(framework, { now: NOW });
      expect(Object.keys(document)).toEqual(["catalog"]);
      const { catalog } = document;
      expect(catalog.uuid).toMatch(OSCAL_UUID);
      expect(catalog.metadata).toMatchObject({
        title: framework.name,
        "last-modified": NOW,
        version: framework.version,
        "oscal-version": "1.2.0",
      });

      const uuids = uuidsIn(document);
      expect(new Set(uuids).size).toBe(uuids.length);
      for (const uuid of uuids) expect(uuid).toMatch(OSCAL_UUID);

      const flat = flatten(catalog.groups, catalog.controls);
      const all = [...flat.groups, ...flat.controls];
      expect(all).toHaveLength(framework.requirements.length);
      const ids = all.map((item) => item.id as string);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(TOKEN);

      const controlLabels = flat.controls.map((control) => label(control.props));
      for (const requirement of framework.requirements.filter((r) => r.assessable)) {
        expect(controlLabels.filter((value) => value === requirement.id)).toHaveLength(1);
      }
      for (const group of flat.groups) {
        const requirement = framework.requirements.find((r) => r.id === label(group.props));
        expect(requirement?.assessable).toBe(false);
      }
      for (const item of all) {
        const requirement = framework.requirements.find((r) => r.id === label(item.props));
        expect(item.title).toBe(requirement?.title);
        expect(item.parts).toEqual([{ name: "overview", prose: requirement?.summary }]);
        for (const link of item.links ?? []) expect(ids).toContain(link.href.slice(1));
      }
    },
  );

  it("is deterministic and uses the caller's uuid function", () => {
    const framework = frameworks[0] as Framework;
    expect(frameworkToOscalCatalog(framework, { now: NOW })).toStrictEqual(
      frameworkToOscalCatalog(framework, { now: NOW }),
    );
    const seeds: string[] = [];
    const uuid = (seed: string) => {
      seeds.push(seed);
      return "00000000-0000-4000-8000-000000000000";
    };
    expect(frameworkToOscalCatalog(framework, { now: NOW, uuid }).catalog.uuid).toBe(
      "00000000-0000-4000-8000-000000000000",
    );
    expect(seeds).toContain(`catalog:${frameworkRefOf(framework)}`);
    expect(() => frameworkToOscalCatalog(framework, { now: "2025-06-30" })).toThrow(/time zone/);
  });

  it("turns requirement ids into OSCAL tokens", () => {
    expect(oscalToken("A.6.2.4")).toBe("a.6.2.4");
    expect(oscalToken("GOVERN 1.1")).toBe("govern-1.1");
    expect(oscalToken("Art. 5(1)(c)")).toBe("art-5-1-c");
    expect(oscalToken("4.1")).toBe("id-4.1");
    expect(oscalToken("6-1-1703(3)(b)")).toBe("id-6-1-1703-3-b");
    expect(oscalToken("Über §1")).toBe("uber-1");
    expect(oscalToken("()")).toBe("id");
    const framework = { ...(frameworks[0] as Framework) };
    const base = framework.requirements[0] as Framework["requirements"][number];
    framework.requirements = [
      base,
      { ...base, id: "A 1", sortOrder: 1 },
      { ...base, id: "a-1", sortOrder: 2 },
    ];
    framework.requirements[0] = { ...base, id: "A.1" };
    expect([...oscalTokens(framework).values()]).toEqual(["a.1", "a-1", "a-1-2"]);
  });
});

describe("OSCAL mapping-collection export", () => {
  it.each(crosswalks.map((crosswalk) => [`${crosswalk.from} -> ${crosswalk.to}`, crosswalk] as const))(
    "%s becomes a valid-looking OSCAL 1.2 mapping-collection",
    (_pair, crosswalk) => {
      const document = crosswalkToOscalMappingCollection(crosswalk, frameworks, { now: NOW });
      expect(Object.keys(document)).toEqual(["mapping-collection"]);
      const collection = document["mapping-collection"];
      expect(collection.metadata).toMatchObject({ "last-modified": NOW, "oscal-version": "1.2.0" });
      expect(collection.provenance).toMatchObject({
        method: "human",
        "matching-rationale": "semantic",
        status: "complete",
      });
      expect(collection.provenance["mapping-description"].length).toBeGreaterThan(0);
      const uuids = uuidsIn(document);
      expect(new Set(uuids).size).toBe(uuids.length);
      for (const uuid of uuids) expect(uuid).toMatch(OSCAL_UUID);

      expect(collection.mappings).toHaveLength(1);
      const [mapping] = collection.mappings;
      const resources = new Set(collection["back-matter"]?.resources.map((resource) => `#${resource.uuid}`));
      expect(resources.has(mapping?.["source-resource"].href ?? "")).toBe(true);
      expect(resources.has(mapping?.["target-resource"].href ?? "")).toBe(true);

      const tokensOf = (ref: string) => {
        const framework = frameworks.find((f) => frameworkRefOf(f) === ref) as Framework;
        const flat = flatten(
          frameworkToOscalCatalog(framework, { now: NOW }).catalog.groups,
          frameworkToOscalCatalog(framework, { now: NOW }).catalog.controls,
        );
        return new Set(flat.controls.map((control) => control.id));
      };
      const sourceControls = tokensOf(crosswalk.from);
      const targetControls = tokensOf(crosswalk.to);
      expect(mapping?.maps).toHaveLength(crosswalk.entries.length);
      mapping?.maps.forEach((map, index) => {
        const entry = crosswalk.entries[index];
        expect(RELATIONSHIPS).toContain(map.relationship);
        expect(map.relationship).toBe(entry?.relationship);
        expect(map.sources).toHaveLength(1);
        expect(map.targets).toHaveLength(1);
        expect(map.sources[0]?.type).toBe("control");
        expect(sourceControls.has(map.sources[0]?.["id-ref"] ?? "")).toBe(true);
        expect(targetControls.has(map.targets[0]?.["id-ref"] ?? "")).toBe(true);
        expect(map.remarks).toBe(entry?.rationale);
        expect(map["confidence-score"]).toEqual({ category: entry?.confidence });
      });
    },
  );

  it("uses catalog hrefs when given and refuses what it cannot export", () => {
    const crosswalk = crosswalks[0] as Crosswalk;
    const document = crosswalkToOscalMappingCollection(crosswalk, frameworks, {
      now: NOW,
      catalogHref: (ref) => `https://example.org/oscal/${ref.replace(":", "-")}.json`,
      status: "draft",
    });
    const collection = document["mapping-collection"];
    expect(collection.mappings[0]?.["source-resource"].href).toMatch(/^https:\/\/example\.org\/oscal\//);
    expect(collection.provenance.status).toBe("draft");
    expect(() => crosswalkToOscalMappingCollection(crosswalk, [], { now: NOW })).toThrow(/is needed/);
    expect(() =>
      crosswalkToOscalMappingCollection({ ...crosswalk, entries: [] }, frameworks, { now: NOW }),
    ).toThrow(/at least one entry/);
    const dangling = {
      ...crosswalk,
      entries: [{ ...(crosswalk.entries[0] as Crosswalk["entries"][number]), to: "nope" }],
    };
    expect(() => crosswalkToOscalMappingCollection(dangling, frameworks, { now: NOW })).toThrow(
      /not a requirement/,
    );
  });
});
