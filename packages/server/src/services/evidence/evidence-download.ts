import { eq } from "drizzle-orm";
import { DomainError } from "@openaims/core";
import { evidenceFiles } from "../../db/schema/index.js";
import type { ServiceContext } from "../context.js";
import { loadEvidence } from "./evidence-service.js";

export type EvidenceFile = { fileName: string; contentType: string; bytes: Buffer; sha256: string | null };

/** The stored bytes of a file item the actor may see (404 for another unit's evidence). */
export async function readEvidenceFile(ctx: ServiceContext, id: string): Promise<EvidenceFile> {
  const row = await loadEvidence(ctx.db, ctx.actor, id);
  if (row.kind !== "file")
    throw new DomainError("NOT_FOUND", `${row.key} is a link, not a file; open ${row.url ?? "its address"}`);
  const [file] = await ctx.db
    .select({ content: evidenceFiles.content })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.evidenceId, id));
  if (!file) throw new DomainError("NOT_FOUND", `the file of ${row.key} is missing`);
  return {
    fileName: row.fileName ?? `${row.key}.bin`,
    contentType: row.contentType ?? "application/octet-stream",
    bytes: file.content,
    sha256: row.sha256,
  };
}

/** RFC 5987 value characters (attr-char); everything else is percent-encoded as UTF-8. */
const encodeExtended = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with a file name every browser reads safely (RFC 6266): a plain ASCII fallback
 * (quotes, backslashes, control and non-ASCII characters replaced) and the exact UTF-8 name in
 * `filename*`. Never `inline`: evidence is downloaded, not rendered.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_").trim() || "evidence";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeExtended(fileName)}`;
}
