import { DomainError } from "@openaims/core";
import type { ServiceContext } from "../context.js";
import { loadRevision } from "./document-record.js";
import { loadDocumentByKey } from "./documents-service.js";

/**
 * The approved revision in force as a Markdown file, with a front-matter block naming the document,
 * the revision and when it was approved (ISO/IEC 42001 7.5.2 identification of documented information).
 */
export async function effectiveRevisionMarkdown(
  ctx: ServiceContext,
  key: string,
): Promise<{ key: string; revision: number; markdown: string }> {
  const doc = await loadDocumentByKey(ctx.db, ctx.actor, key);
  if (doc.effectiveRevision === null)
    throw new DomainError("RULE_VIOLATION", `${doc.key} has no approved revision yet`);
  const revision = (await loadRevision(ctx.db, doc.id, doc.effectiveRevision))!;
  // JSON strings are valid YAML scalars: titles with colons or quotes stay intact.
  const frontMatter = [
    "---",
    `key: ${JSON.stringify(doc.key)}`,
    `title: ${JSON.stringify(revision.title)}`,
    `kind: ${doc.kind}`,
    `revision: ${revision.number}`,
    `approvedOn: ${JSON.stringify(revision.decidedAt?.toISOString().slice(0, 10) ?? null)}`,
    "---",
    "",
  ].join("\n");
  const body = revision.content.endsWith("\n") ? revision.content : `${revision.content}\n`;
  return { key: doc.key, revision: revision.number, markdown: frontMatter + body };
}
