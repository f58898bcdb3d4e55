import { readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { Command, Option } from "commander";
import {
  DomainError,
  EVIDENCE_STATES,
  EvidenceListQuery,
  MAX_PAGE_SIZE,
  tooLargeMessage,
  type EvidenceCreated,
  type EvidenceTarget,
  type EvidenceView,
} from "@openaims/core";
import type { AimsDb } from "../db/client.js";
import { systemContext } from "../services/context.js";
import { loadBuiltinCatalogs } from "../services/catalogs/builtin-catalogs.js";
import { createFileEvidence, createLinkEvidence } from "../services/evidence/evidence-create.js";
import { listEvidence } from "../services/evidence/evidence-service.js";
import { controlIdByKey } from "../services/evidence/evidence-targets.js";
import { configFrom, output, withDatabase, type CommonOptions } from "./offline.js";

type AddOptions = CommonOptions & {
  url?: string;
  title: string;
  description?: string;
  collectedOn?: string;
  effectiveOn?: string;
  validUntil?: string;
  source?: string;
  control: string[];
  requirement: string[];
};

const collect = (value: string, previous: string[]) => [...previous, value];

/** The records named on the command line as link targets (controls by key or code). */
async function targetsOf(db: AimsDb, opts: AddOptions): Promise<EvidenceTarget[]> {
  const controls = await Promise.all(opts.control.map((k) => controlIdByKey(db, k)));
  if (opts.requirement.length) await loadBuiltinCatalogs(db);
  return [
    ...controls.map((id) => ({ targetType: "control" as const, targetId: id })),
    ...opts.requirement.map((key) => ({ targetType: "requirement" as const, targetId: key })),
  ];
}

const line = (e: EvidenceView) =>
  [
    e.key,
    e.state.padEnd(17),
    (e.validUntil ?? "no expiry").padEnd(10),
    e.title,
    e.staleReason ? `(${e.staleReason})` : "",
  ]
    .join("  ")
    .trimEnd();

/** `aims evidence add|list` (offline): the same service and upload checks as the API. */
export function evidenceCommand(dataDir: () => Option, json: () => Option): Command {
  const evidence = new Command("evidence").description("evidence files and links with their validity dates");

  evidence
    .command("add")
    .description("add a file (checked like an upload) or, with --url, a link as evidence")
    .argument("[file]", "file to store (pdf, png, jpeg, docx, xlsx, csv, txt, …)")
    .option("--url <url>", "an http(s) address instead of a file")
    .requiredOption("--title <title>", "what the evidence shows")
    .option("--description <text>", "more detail")
    .option("--collected-on <date>", "when it was gathered (YYYY-MM-DD, default today)")
    .option("--effective-on <date>", "from when it holds (YYYY-MM-DD)")
    .option("--valid-until <date>", "the last day it holds (YYYY-MM-DD)")
    .option("--source <source>", "where it came from (default manual)")
    .option("--control <key>", "link to a control by key or code (repeatable)", collect, [])
    .option(
      "--requirement <key>",
      "link to a requirement by catalog key, e.g. iso-iec-42001:2023/A.6.2.4 (repeatable)",
      collect,
      [],
    )
    .addOption(dataDir())
    .addOption(json())
    .action(async (file: string | undefined, opts: AddOptions) => {
      if (Boolean(file) === Boolean(opts.url))
        throw new Error("give either a file or --url, not both or neither");
      const maxBytes = configFrom(opts).AIMS_EVIDENCE_MAX_BYTES;
      const path = file ? resolve(file) : null;
      // Refuse an oversized file before reading it.
      if (path && statSync(path).size > maxBytes)
        throw new DomainError("PAYLOAD_TOO_LARGE", tooLargeMessage(maxBytes));
      const fields = {
        title: opts.title,
        ...(opts.description !== undefined ? { description: opts.description } : {}),
        ...(opts.collectedOn ? { collectedOn: opts.collectedOn } : {}),
        effectiveOn: opts.effectiveOn ?? null,
        validUntil: opts.validUntil ?? null,
        ...(opts.source ? { source: opts.source } : {}),
      };
      const created = await withDatabase(
        opts,
        "evidence add",
        true,
        async ({ db }): Promise<EvidenceCreated> => {
          const ctx = systemContext(db, "cli");
          const links = await targetsOf(db, opts);
          return path
            ? createFileEvidence(
                ctx,
                { name: basename(path), bytes: readFileSync(path) },
                { ...fields, links },
                maxBytes,
              )
            : createLinkEvidence(ctx, { ...fields, url: opts.url!, links });
        },
      );
      output(opts, created, [
        `added ${created.key} ${created.title} (${created.kind === "file" ? `${created.fileName}, sha256 ${created.sha256}` : created.url}), ${created.state}, ${created.links.length} link(s)`,
        ...(created.duplicateOf
          ? [`note: same content as ${created.duplicateOf.key} ${created.duplicateOf.title}`]
          : []),
      ]);
    });

  evidence
    .command("list")
    .description("list evidence with its state (current, expiring, expired, not yet effective)")
    .addOption(new Option("--state <state>", "only evidence in this state").choices([...EVIDENCE_STATES]))
    .option("--q <text>", "search titles and keys")
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: CommonOptions & { state?: string; q?: string }) => {
      const items = await withDatabase(opts, "evidence list", true, async ({ db }) => {
        const ctx = systemContext(db, "cli");
        const all: EvidenceView[] = [];
        for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
          const query = EvidenceListQuery.parse({
            limit: MAX_PAGE_SIZE,
            offset,
            state: opts.state,
            q: opts.q,
          });
          const page = await listEvidence(ctx, query);
          all.push(...page.items);
          if (all.length >= page.total || page.items.length === 0) return all;
        }
      });
      output(opts, items, items.length ? items.map(line) : ["no evidence"]);
    });
  return evidence;
}
