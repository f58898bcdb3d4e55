#!/usr/bin/env node
// Builds catalogs/<framework>/framework.json and catalogs/crosswalks/*.json from the reference
// data in ../shared/reference (CSV and JSON) plus the OpenAIMS summaries and mappings kept in
// ./data. Re-runnable and deterministic: the same inputs give byte-identical files.
//
//   node catalogs/scripts/build-from-reference.mjs            write every generated file
//   node catalogs/scripts/build-from-reference.mjs --check    exit 1 if a file is missing or stale
//   REFERENCE_DIR=/path node catalogs/scripts/...             use another reference folder
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCsv } from "./lib/csv.mjs";
import * as iso42001 from "./data/iso-iec-42001-2023.mjs";
import * as nist from "./data/nist-ai-rmf-1.0.mjs";
import * as iso27001 from "./data/iso-iec-27001-2022.mjs";
import * as euAiAct from "./data/eu-ai-act-2024.mjs";
import * as gdpr from "./data/gdpr-2016.mjs";
import * as coloradoSb24 from "./data/colorado-sb24-205.mjs";
import * as coloradoSb26 from "./data/colorado-sb26-189.mjs";
import * as texas from "./data/texas-hb149-traiga.mjs";
import * as xwNistIso from "./data/xw-nist-ai-rmf__iso-iec-42001.mjs";
import * as xwIsoEu from "./data/xw-iso-iec-42001__eu-ai-act.mjs";
import * as xwIso27001 from "./data/xw-iso-iec-42001__iso-iec-27001.mjs";
import * as xwIsoGdpr from "./data/xw-iso-iec-42001__gdpr.mjs";
import * as xwIsoColorado from "./data/xw-iso-iec-42001__colorado-sb24-205.mjs";
import * as xwIsoTexas from "./data/xw-iso-iec-42001__texas-hb149-traiga.mjs";

const catalogsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(catalogsDir, "..");
const referenceDir = process.env.REFERENCE_DIR ?? path.resolve(repoRoot, "../shared/reference");

/** Folder of each framework version (`<frameworkId>:<version>` -> folder under catalogs/). */
export const FOLDERS = {
  "iso-iec-42001:2023": "iso-iec-42001-2023",
  "nist-ai-rmf:1.0": "nist-ai-rmf-1.0",
  "iso-iec-27001:2022": "iso-iec-27001-2022",
  "eu-ai-act:2024": "eu-ai-act-2024",
  "gdpr:2016": "gdpr-2016",
  "colorado-ai-act:sb24-205": "colorado-sb24-205",
  "colorado-ai-act:sb26-189": "colorado-sb26-189",
  "texas-traiga:hb149": "texas-hb149-traiga",
};

const csv = (name) => readCsv(path.join(referenceDir, name));
const fail = (message) => {
  throw new Error(message);
};

/** Collects requirements in document order and numbers them. */
class Tree {
  constructor() {
    this.items = [];
  }
  add(id, parent, kind, assessable, title, summary, extra = {}) {
    const { roles, riskClasses, documentedInformation, scope, related, effectiveFrom, citation, aliases } =
      extra;
    const tags = {};
    if (roles?.length) tags.roles = roles;
    if (riskClasses?.length) tags.riskClasses = riskClasses;
    if (documentedInformation?.length) tags.documentedInformation = documentedInformation;
    if (scope?.length) tags.scope = scope;
    if (related?.length) tags.related = related;
    const item = { id, title, summary, kind, assessable, parent, tags };
    if (effectiveFrom) item.effectiveFrom = effectiveFrom;
    if (citation) item.citation = citation;
    if (aliases?.length) item.aliases = aliases;
    item.sortOrder = this.items.length;
    this.items.push(item);
    return item;
  }
}

const framework = (meta, tree) => ({ ...meta, requirements: tree.items });

function buildIso42001() {
  const tree = new Tree();
  const data = JSON.parse(readFileSync(path.join(referenceDir, "domain-data.json"), "utf8"));
  for (const row of csv("iso42001_clauses.csv")) {
    const heading = row.level === "1" || iso42001.headingClauses.has(row.id);
    const summary = iso42001.headingSummaries[row.id] ?? row.requirement_paraphrase;
    if (/^Parent of /.test(summary)) fail(`clause ${row.id} needs a heading summary`);
    tree.add(row.id, row.parent_id || null, "clause", !heading, row.title, summary, {
      documentedInformation: iso42001.documentedInformation[row.id],
    });
  }

  const objectives = new Map(data.iso42001.annexAObjectives.map((o) => [o.id, o]));
  const objectiveSummary = (id) =>
    (objectives.get(id)?.paraphrase ?? fail(`no objective ${id}`)).replace(/\s*\(Topic area .*\)$/, "");
  tree.add("A", null, "topic", false, iso42001.annexA.title, iso42001.annexA.summary, {
    citation: "ISO/IEC 42001:2023 Annex A",
  });
  const seen = new Set();
  for (const row of csv("iso42001_annexA.csv")) {
    if (!seen.has(row.topic_area)) {
      seen.add(row.topic_area);
      const isA6 = row.topic_area !== row.objective_id;
      tree.add(
        row.topic_area,
        "A",
        "topic",
        false,
        isA6 ? iso42001.annexA.a6.title : row.objective_title,
        isA6 ? iso42001.annexA.a6.summary : objectiveSummary(row.objective_id),
      );
    }
    if (row.topic_area !== row.objective_id && !seen.has(row.objective_id)) {
      seen.add(row.objective_id);
      tree.add(
        row.objective_id,
        row.topic_area,
        "category",
        false,
        row.objective_title,
        objectiveSummary(row.objective_id),
      );
    }
    tree.add(row.id, row.objective_id, "control", true, row.title, row.paraphrase, {
      aliases: [row.annex_b_guidance_id],
    });
  }

  const { annexC } = iso42001;
  tree.add("C", null, "topic", false, annexC.title, annexC.summary, {
    citation: "ISO/IEC 42001:2023 Annex C",
  });
  for (const [list, names] of [
    [annexC.objectives, data.iso42001.annexC.objectives],
    [annexC.riskSources, data.iso42001.annexC.riskSources],
  ]) {
    tree.add(list.id, "C", "topic", false, list.title, list.summary);
    for (const name of names) {
      const [slug, summary] = list.items[name] ?? fail(`no summary for Annex C item "${name}"`);
      tree.add(`${list.id}.${slug}`, list.id, "reference", false, name, summary);
    }
    if (names.length !== Object.keys(list.items).length) fail(`Annex C ${list.id} has unused summaries`);
  }
  return framework(iso42001.meta, tree);
}

function buildNist() {
  const tree = new Tree();
  const data = JSON.parse(readFileSync(path.join(referenceDir, "domain-data.json"), "utf8")).nistAiRmf;
  const rows = csv("nist_ai_rmf_subcategories.csv");
  const gaiByName = new Map(data.genAiProfileRisks.map((r) => [r.name, `GAI ${r.section}`]));
  const gaiBySubcategory = new Map();
  for (const action of csv("nist_ai_600_1_actions_risk_tags.csv")) {
    const set = gaiBySubcategory.get(action.ai_rmf_subcategory) ?? new Set();
    for (const name of action.gai_risks.split("|")) if (gaiByName.has(name)) set.add(gaiByName.get(name));
    gaiBySubcategory.set(action.ai_rmf_subcategory, set);
  }
  const sectionOrder = (id) => Number(id.split(".")[1]);
  const alias = (id) => {
    const [fn, num] = id.split(" ");
    return `${nist.functionAliases[fn]}-${num}`;
  };

  for (const fn of data.functions) {
    tree.add(fn.id, null, "function", false, nist.functionTitles[fn.id], fn.paraphrase, {
      aliases: [nist.functionAliases[fn.id]],
    });
    for (const category of data.categories.filter((c) => c.function === fn.id)) {
      tree.add(
        category.id,
        fn.id,
        "category",
        false,
        nist.categoryTitles[category.id] ?? fail(`no title ${category.id}`),
        category.paraphrase,
        {
          aliases: [alias(category.id)],
        },
      );
      for (const row of rows.filter((r) => r.category_id === category.id)) {
        const related = [...(gaiBySubcategory.get(row.id) ?? [])].sort(
          (a, b) => sectionOrder(a) - sectionOrder(b),
        );
        tree.add(
          row.id,
          category.id,
          "subcategory",
          true,
          nist.subcategoryTitles[row.id] ?? fail(`no title ${row.id}`),
          row.paraphrase,
          {
            related,
            aliases: [alias(row.id)],
          },
        );
      }
    }
  }
  const tw = nist.trustworthy;
  tree.add(tw.id, null, "topic", false, tw.title, tw.summary, { citation: tw.citation });
  for (const item of data.trustworthyCharacteristics) {
    tree.add(`TC ${item.section}`, tw.id, "reference", false, item.name, item.paraphrase, {
      citation: `NIST AI 100-1 section ${item.section}`,
    });
  }
  const gai = nist.gaiRisks;
  tree.add(gai.id, null, "topic", false, gai.title, gai.summary, { citation: gai.citation });
  for (const risk of data.genAiProfileRisks) {
    tree.add(`GAI ${risk.section}`, gai.id, "reference", false, risk.name, risk.paraphrase, {
      citation: `NIST AI 600-1 section ${risk.section}`,
    });
  }
  return framework(nist.meta, tree);
}

function buildIso27001() {
  const tree = new Tree();
  const themes = new Set();
  for (const row of csv("iso27001_annexA.csv")) {
    const themeId = `A.${row.theme_clause}`;
    if (!themes.has(themeId)) {
      themes.add(themeId);
      tree.add(themeId, null, "category", false, row.theme, iso27001.themeSummaries[row.theme_clause], {
        aliases: [row.theme_clause],
      });
    }
    tree.add(
      row.annex_ref,
      themeId,
      "control",
      true,
      row.title,
      iso27001.summaries[row.id] ?? fail(`no summary ${row.id}`),
      {
        aliases: [row.id],
      },
    );
  }
  return framework(iso27001.meta, tree);
}

function buildEuAiAct() {
  const tree = new Tree();
  const chapters = new Set();
  for (const row of csv("eu_ai_act_articles.csv")) {
    const chapterId = `Chapter ${row.chapter}`;
    if (!chapters.has(chapterId)) {
      chapters.add(chapterId);
      const title = euAiAct.chapterTitles[row.chapter] ?? fail(`no chapter title ${row.chapter}`);
      tree.add(
        chapterId,
        null,
        "category",
        false,
        title,
        `Articles of Chapter ${row.chapter} tracked by the AIMS.`,
      );
    }
    const [summary, assessable, roles, riskClasses, effectiveFrom, scope] =
      euAiAct.articles[row.article] ?? fail(`no data for Art. ${row.article}`);
    const id = `Art. ${row.article}`;
    tree.add(id, chapterId, "article", assessable, row.title, summary, {
      roles,
      riskClasses,
      effectiveFrom,
      scope,
    });
    for (const [childId, title, childSummary, kind, childAssessable, r, rc, ef, sc] of euAiAct.children[
      row.article
    ] ?? []) {
      tree.add(childId, id, kind, childAssessable, title, childSummary, {
        roles: r,
        riskClasses: rc,
        effectiveFrom: ef,
        scope: sc,
      });
      if (childId === "Annex III") {
        for (const [point, areaTitle, areaSummary] of euAiAct.annexIII) {
          tree.add(`Annex III(${point})`, "Annex III", "reference", false, areaTitle, areaSummary, {
            riskClasses: ["high-risk"],
          });
        }
      }
    }
  }
  return framework(euAiAct.meta, tree);
}

function buildGdpr() {
  const tree = new Tree();
  const chapters = new Set();
  for (const row of csv("gdpr_articles.csv")) {
    const numeral = row.chapter.split(" ")[0];
    const chapterId = `Chapter ${numeral}`;
    if (!chapters.has(chapterId)) {
      chapters.add(chapterId);
      tree.add(
        chapterId,
        null,
        "category",
        false,
        gdpr.chapterTitles[numeral] ?? fail(`no chapter ${numeral}`),
        `Articles of Chapter ${numeral} relevant to AI systems.`,
      );
    }
    const [summary, assessable, scope] =
      gdpr.articles[row.article] ?? fail(`no data for GDPR Art. ${row.article}`);
    const id = `Art. ${row.article}`;
    tree.add(id, chapterId, "article", assessable, row.title, summary, { scope });
    if (row.article === "5") {
      for (const [childId, title, childSummary] of gdpr.article5) {
        tree.add(childId, id, "obligation", true, title, childSummary, { scope });
      }
    }
  }
  return framework(gdpr.meta, tree);
}

function buildFromList(module) {
  const tree = new Tree();
  for (const [id, parent, kind, assessable, title, summary, extra] of module.requirements) {
    tree.add(id, parent, kind, assessable, title, summary, extra);
  }
  return framework(module.meta, tree);
}

function buildNistCrosswalk() {
  const entries = [];
  for (const row of csv("map_nist_ai_rmf__iso42001_extended.csv")) {
    const to = row.annex_a_control_id || row.target_id_as_printed;
    const refinement =
      xwNistIso.refinements[row.source_id]?.[to] ?? fail(`no refinement for ${row.source_id} -> ${to}`);
    const [relationship, confidence, rationale] = refinement;
    entries.push({ from: row.source_id, to, relationship, rationale, confidence, source: xwNistIso.source });
  }
  const used = new Set(entries.map((e) => `${e.from}|${e.to}`));
  for (const [from, targets] of Object.entries(xwNistIso.refinements)) {
    for (const to of Object.keys(targets))
      if (!used.has(`${from}|${to}`)) fail(`refinement ${from} -> ${to} is not in the NIST crosswalk`);
  }
  return {
    from: "nist-ai-rmf:1.0",
    to: "iso-iec-42001:2023",
    title: "NIST AI RMF 1.0 to ISO/IEC 42001:2023 (NIST-hosted crosswalk, relationships refined)",
    notes: [
      "All 280 pairs of 'NIST AI RMF to ISO/IEC FDIS 42001 AI Management system Crosswalk' (airc.nist.gov/docs/NIST_AI_RMF_to_ISO_IEC_42001_Crosswalk.pdf, provider Microsoft), taken from ../shared/reference/map_nist_ai_rmf__iso42001_extended.csv.",
      "The source maps subcategories to Annex B guidance ids (B.x.y); Annex B guides the Annex A control with the same number, so targets are stored as A.x.y. Clause targets are unchanged.",
      "The source marks every pair 'related'. OpenAIMS assigned a relationship per pair, read '<subcategory> <relationship> <ISO item>': subset-of where meeting the ISO item meets the whole subcategory, superset-of for the reverse, no-relationship where we found nothing in common, intersects-with otherwise.",
      "Source anomalies kept as printed and explained in the rationale: GOVERN 2.1 -> '7..2' (read as 7.2); GOVERN 3.2 -> B.3.2 titled 'Management review inputs'; MAP 1.4 -> B.2.2 titled 'Customers'; MAP 1.5 -> 6.1.1 titled 'Objective'. Duplicated rows in the source were already removed (281 raw rows, 280 pairs).",
    ],
    entries,
  };
}

function authoredCrosswalk(module) {
  const { entries, ...rest } = module.crosswalk;
  return {
    ...rest,
    entries: entries.map(([from, to, relationship, confidence, rationale]) => ({
      from,
      to,
      relationship,
      rationale,
      confidence,
      source: "OpenAIMS",
    })),
  };
}

function crosswalkFile(crosswalk) {
  const from = FOLDERS[crosswalk.from] ?? fail(`unknown framework ${crosswalk.from}`);
  const to = FOLDERS[crosswalk.to] ?? fail(`unknown framework ${crosswalk.to}`);
  return path.join("crosswalks", `${from}__${to}.json`);
}

function outputs() {
  const frameworks = [
    buildIso42001(),
    buildNist(),
    buildIso27001(),
    buildEuAiAct(),
    buildGdpr(),
    buildFromList(coloradoSb24),
    buildFromList(coloradoSb26),
    buildFromList(texas),
  ];
  const crosswalks = [
    buildNistCrosswalk(),
    ...[xwIsoEu, xwIso27001, xwIsoGdpr, xwIsoColorado, xwIsoTexas].map(authoredCrosswalk),
  ];
  const files = new Map();
  for (const fw of frameworks) {
    const folder = FOLDERS[`${fw.id}:${fw.version}`] ?? fail(`no folder for ${fw.id}:${fw.version}`);
    files.set(path.join(folder, "framework.json"), fw);
  }
  for (const crosswalk of crosswalks) files.set(crosswalkFile(crosswalk), crosswalk);
  return files;
}

function main() {
  if (!existsSync(referenceDir)) {
    console.error(`reference folder not found: ${referenceDir} (set REFERENCE_DIR)`);
    process.exit(2);
  }
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [relative, value] of outputs()) {
    const file = path.join(catalogsDir, relative);
    const text = `${JSON.stringify(value, null, 2)}\n`;
    const current = existsSync(file) ? readFileSync(file, "utf8") : null;
    if (current === text) continue;
    if (check) {
      console.error(`stale: catalogs/${relative}`);
      stale++;
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote catalogs/${relative}`);
    }
  }
  if (check && stale > 0) process.exit(1);
  if (check) console.log("all generated catalog files are up to date");
}

main();
