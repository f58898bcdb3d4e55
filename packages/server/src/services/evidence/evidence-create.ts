import { createHash } from "node:crypto";
import {
  checkEvidenceFile,
  CreateEvidenceLink,
  EvidenceFields,
  EvidenceTarget,
  utcDay,
  type EvidenceCreated,
} from "@openaims/core";
import { z } from "zod";
import { evidence, evidenceFiles, evidenceLinks } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { evidenceColumns } from "./evidence-record.js";
import { checkEvidenceFields, duplicateOf, evidenceDetail } from "./evidence-service.js";
import { assertTargets, normalizeTarget } from "./evidence-targets.js";

/** Metadata of a new file item, with the records it supports from the start. */
export const NewFileEvidence = EvidenceFields.extend({
  links: z.array(EvidenceTarget).max(50).default([]),
}).strict();
export type NewFileEvidence = z.input<typeof NewFileEvidence>;

type Content =
  { kind: "link"; url: string } | { kind: "file"; fileName: string; contentType: string; bytes: Uint8Array };

async function insertEvidence(
  ctx: ServiceContext,
  input: z.infer<typeof NewFileEvidence>,
  content: Content,
  today: string,
): Promise<EvidenceCreated> {
  assertMayWriteUnit(ctx.actor, input.businessUnitId);
  const { links: given, ...fields } = input;
  const links = given.map(normalizeTarget);
  const sha256 = content.kind === "file" ? createHash("sha256").update(content.bytes).digest("hex") : null;
  return ctx.db.transaction(async (tx) => {
    await checkEvidenceFields(tx, fields);
    await assertTargets(tx, ctx.actor, links);
    const key = await nextKey(tx, "evidence");
    const [row] = await tx
      .insert(evidence)
      .values({
        ...fields,
        collectedOn: fields.collectedOn ?? today,
        key,
        kind: content.kind,
        url: content.kind === "link" ? content.url : null,
        fileName: content.kind === "file" ? content.fileName : null,
        contentType: content.kind === "file" ? content.contentType : null,
        sizeBytes: content.kind === "file" ? content.bytes.length : null,
        sha256,
      })
      .returning(evidenceColumns);
    if (content.kind === "file")
      await tx.insert(evidenceFiles).values({ evidenceId: row!.id, content: Buffer.from(content.bytes) });
    const unique = [...new Map(links.map((l) => [`${l.targetType}:${l.targetId}`, l])).values()];
    if (unique.length)
      await tx.insert(evidenceLinks).values(unique.map((l) => ({ evidenceId: row!.id, ...l })));
    const detail = await evidenceDetail(tx, ctx.actor, row!, today);
    await recordAudit(tx, ctx, {
      action: "evidence.created",
      entityType: "evidence",
      entityId: row!.id,
      after: detail,
    });
    return { ...detail, duplicateOf: await duplicateOf(tx, ctx.actor, row!) };
  });
}

/** Records a link (an http/https address) as evidence. */
export async function createLinkEvidence(
  ctx: ServiceContext,
  raw: CreateEvidenceLink,
  today = utcDay(),
): Promise<EvidenceCreated> {
  const { url, ...input } = CreateEvidenceLink.parse(raw);
  return insertEvidence(ctx, input, { kind: "link", url }, today);
}

/**
 * Stores an uploaded file as evidence after core's checks (name, empty, size, active content,
 * allowlist, magic bytes); any refusal happens before the transaction, so nothing is written.
 */
export async function createFileEvidence(
  ctx: ServiceContext,
  file: { name: string; bytes: Uint8Array },
  raw: NewFileEvidence,
  maxBytes: number,
  today = utcDay(),
): Promise<EvidenceCreated> {
  const checked = checkEvidenceFile(file, maxBytes);
  const input = NewFileEvidence.parse(raw);
  return insertEvidence(
    ctx,
    input,
    { kind: "file", fileName: checked.fileName, contentType: checked.contentType, bytes: file.bytes },
    today,
  );
}
