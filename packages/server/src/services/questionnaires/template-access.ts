import { eq } from "drizzle-orm";
import { DomainError, QuestionnaireContent } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { questionnaireTemplates } from "../../db/schema/index.js";

export type TemplateRow = typeof questionnaireTemplates.$inferSelect;

/** What a campaign freezes when it sends a questionnaire (ISO/IEC 42001 A.10.3). */
export type SendableTemplate = {
  id: string;
  key: string;
  name: string;
  version: number;
  content: QuestionnaireContent;
};

/** The template row or NOT_FOUND; `lock` takes a row lock for updates. */
export async function loadTemplateRow(db: DbOrTx, id: string, lock = false): Promise<TemplateRow> {
  const query = db.select().from(questionnaireTemplates).where(eq(questionnaireTemplates.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `questionnaire template ${id} not found`);
  return row;
}

/** Stored content parsed again, so defaults are filled and old rows read with the current shape. */
export function parseStoredContent(row: Pick<TemplateRow, "key" | "content">): QuestionnaireContent {
  const parsed = QuestionnaireContent.safeParse(row.content);
  if (!parsed.success) {
    throw new DomainError(
      "CONFLICT",
      `questionnaire template ${row.key} has content that no longer reads; edit it first`,
    );
  }
  return parsed.data;
}

/**
 * A published template ready to send: 404 when unknown, 409 when it is a draft or retired. The
 * caller copies `content` into the campaign, so later edits of the template never change what was sent.
 */
export async function loadSendableTemplate(db: DbOrTx, id: string): Promise<SendableTemplate> {
  const row = await loadTemplateRow(db, id);
  if (row.status !== "published") {
    throw new DomainError("CONFLICT", `questionnaire template ${row.key} is ${row.status}; publish it first`);
  }
  return { id: row.id, key: row.key, name: row.name, version: row.version, content: parseStoredContent(row) };
}
