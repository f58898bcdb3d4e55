import { and, eq } from "drizzle-orm";
import { DomainError } from "@openaims/core";
import { campaignFiles } from "../../db/schema/index.js";
import type { ServiceContext } from "../context.js";
import type { EvidenceFile } from "../evidence/evidence-download.js";
import { loadCampaign } from "./campaign-view.js";

/** The bytes of a file the vendor uploaded, for a reviewer who may see the campaign. */
export async function readCampaignFile(
  ctx: ServiceContext,
  id: string,
  fileId: string,
): Promise<EvidenceFile> {
  const rec = await loadCampaign(ctx.db, ctx.actor, id);
  const [file] = await ctx.db
    .select()
    .from(campaignFiles)
    .where(and(eq(campaignFiles.id, fileId), eq(campaignFiles.campaignId, rec.row.id)));
  if (!file) throw new DomainError("NOT_FOUND", `file ${fileId} not found in ${rec.row.key}`);
  return { fileName: file.fileName, contentType: file.contentType, bytes: file.content, sha256: file.sha256 };
}
