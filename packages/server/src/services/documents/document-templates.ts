import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { eq, inArray } from "drizzle-orm";
import { parse } from "yaml";
import { z } from "zod";
import {
  DOCUMENT_KINDS,
  DomainError,
  MAX_REVIEW_MONTHS,
  splitFrontMatter,
  type DocumentTemplateView,
  type DocumentView,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { documents, requirements } from "../../db/schema/index.js";
import { CATALOGS_DIR } from "../catalogs/builtin-catalogs.js";
import type { ServiceContext } from "../context.js";
import { insertDocument } from "./documents-service.js";

/** The front matter of a starter document in catalogs/documents/<code>.md. */
const TemplateFrontMatter = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,80}$/),
  title: z.string().trim().min(1).max(300),
  kind: z.enum(DOCUMENT_KINDS),
  summary: z.string().max(1000).default(""),
  reviewEveryMonths: z.number().int().min(1).max(MAX_REVIEW_MONTHS).nullable().default(null),
  requirements: z.array(z.string()).max(200).default([]),
});
export type DocumentTemplate = z.infer<typeof TemplateFrontMatter> & { content: string };

const cache = new Map<string, DocumentTemplate[]>();
let templatesRoot = CATALOGS_DIR;

/** Points the starter set at another catalogs folder (tests). */
export function setDocumentTemplatesRoot(dir: string): void {
  templatesRoot = dir;
}

/** Reads one starter file; a broken file is a defect of the shipped set, reported with its name. */
function readTemplate(file: string): DocumentTemplate | null {
  const { frontMatter, body } = splitFrontMatter(readFileSync(file, "utf8"));
  if (frontMatter === null) return null; // a README or notes, not a starter document
  const parsed = TemplateFrontMatter.safeParse(parse(frontMatter));
  if (!parsed.success)
    throw new Error(
      `${file}: invalid front matter: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  if (parsed.data.code !== basename(file, ".md"))
    throw new Error(`${file}: code ${parsed.data.code} must match the file name`);
  return { ...parsed.data, content: body };
}

/** The starter documents shipped in catalogs/documents, read once per process (they never change while it runs). */
export function documentTemplates(dir = templatesRoot): DocumentTemplate[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  const folder = join(dir, "documents");
  const templates = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith(".md"))
        .sort()
        .flatMap((f) => readTemplate(join(folder, f)) ?? [])
    : [];
  cache.set(dir, templates);
  return templates;
}

/** The starter set with the document each was adopted as, if any. */
export async function listDocumentTemplates(db: DbOrTx): Promise<DocumentTemplateView[]> {
  const templates = documentTemplates();
  const adopted = templates.length
    ? await db
        .select({ id: documents.id, key: documents.key, code: documents.templateCode })
        .from(documents)
        .where(
          inArray(
            documents.templateCode,
            templates.map((t) => t.code),
          ),
        )
    : [];
  return templates.map((t) => {
    const a = adopted.find((d) => d.code === t.code);
    return { ...t, adoptedAs: a ? { id: a.id, key: a.key } : null };
  });
}

/**
 * Adopts a starter document as the organization's own draft, to edit and approve (once per template).
 * Requirement links are copied where the requirement is in the loaded catalogs.
 */
export async function adoptDocumentTemplate(
  ctx: ServiceContext,
  code: string,
  input: { ownerId?: string | null; businessUnitId: string | null },
): Promise<DocumentView> {
  const template = documentTemplates().find((t) => t.code === code);
  if (!template) throw new DomainError("NOT_FOUND", `no starter document ${code}`);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: documents.id, key: documents.key })
      .from(documents)
      .where(eq(documents.templateCode, code));
    if (existing)
      throw new DomainError("CONFLICT", `${template.title} is already adopted as ${existing.key}`, {
        id: existing.id,
        key: existing.key,
        link: `/governance/documents/${existing.id}`,
      });
    const known = template.requirements.length
      ? new Set(
          (
            await tx
              .select({ key: requirements.key })
              .from(requirements)
              .where(inArray(requirements.key, template.requirements))
          ).map((r) => r.key),
        )
      : new Set<string>();
    return insertDocument(
      tx,
      ctx,
      {
        title: template.title,
        kind: template.kind,
        summary: template.summary,
        content: template.content,
        reviewEveryMonths: template.reviewEveryMonths,
        requirementKeys: [...new Set(template.requirements.filter((k) => known.has(k)))],
        controlIds: [],
        ownerId: input.ownerId,
        businessUnitId: input.businessUnitId,
      },
      template.code,
    );
  });
}
