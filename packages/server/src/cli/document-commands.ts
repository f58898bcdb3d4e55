import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, type Option } from "commander";
import { DocumentListQuery, MAX_PAGE_SIZE, type DocumentSummary } from "@openaims/core";
import { systemContext } from "../services/context.js";
import { listDocuments } from "../services/documents/documents-service.js";
import { effectiveRevisionMarkdown } from "../services/documents/document-export.js";
import { output, withDatabase, type CommonOptions } from "./offline.js";

/** `aims document list|export`: the document register and approved revisions as Markdown (offline). */
export function documentCommand(dataDir: () => Option, json: () => Option): Command {
  const document = new Command("document").description("policies, procedures and other documents");

  document
    .command("list")
    .description("list every document with its status, revision in force and next review")
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: CommonOptions) => {
      const items = await withDatabase(opts, "document list", true, async ({ db }) => {
        const ctx = systemContext(db, "cli");
        const all: DocumentSummary[] = [];
        for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
          const query = DocumentListQuery.parse({ limit: MAX_PAGE_SIZE, offset });
          const page = await listDocuments(ctx, query);
          all.push(...page.items);
          if (all.length >= page.total || page.items.length === 0) return all;
        }
      });
      output(
        opts,
        { items, total: items.length },
        items.length
          ? items.map(
              (d) =>
                `${d.key}\t${d.status}\t${d.effectiveRevision ? `rev ${d.effectiveRevision}` : "no approved revision"}\t${d.nextReviewOn ? `review ${d.nextReviewOn}` : "-"}\t${d.title}`,
            )
          : ["no documents yet"],
      );
    });

  document
    .command("export")
    .description("write the approved revision in force of a document as Markdown")
    .argument("<key>", "document key, e.g. DOC-1")
    .requiredOption("--out <file>", "file to write")
    .addOption(dataDir())
    .action(async (key: string, opts: CommonOptions & { out: string }) => {
      const file = await withDatabase(opts, "document export", true, ({ db }) =>
        effectiveRevisionMarkdown(systemContext(db, "cli"), key),
      );
      writeFileSync(resolve(opts.out), file.markdown);
      console.log(`wrote ${file.key} revision ${file.revision} to ${resolve(opts.out)}`);
    });
  return document;
}
