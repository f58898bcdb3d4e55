import { eq, sql } from "drizzle-orm";
import {
  DomainError,
  questionnaireIssues,
  type QuestionnaireContent,
  type QuestionnaireTemplate,
  type QuestionnaireTemplateStatus,
  type QuestionnaireTemplateSummary,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { questionnaireTemplates, users, vendorCampaigns } from "../../db/schema/index.js";
import { parseStoredContent, type TemplateRow } from "./template-access.js";

export const TEMPLATE_ENTITY = "questionnaire_template";

const campaignCount = sql<number>`(select count(*)::int from ${vendorCampaigns} where ${vendorCampaigns.templateId} = ${questionnaireTemplates.id})`;

/** The template with its owner and how many questionnaires were sent from it. */
export function templateQuery(db: DbOrTx) {
  return db
    .select({
      row: questionnaireTemplates,
      owner: { id: users.id, name: users.name, email: users.email },
      campaignCount,
    })
    .from(questionnaireTemplates)
    .leftJoin(users, eq(users.id, questionnaireTemplates.ownerId));
}

export type LoadedTemplate = {
  row: TemplateRow;
  owner: { id: string | null; name: string | null; email: string | null } | null;
  campaignCount: number;
};

export async function loadTemplate(db: DbOrTx, id: string): Promise<LoadedTemplate> {
  const [found] = await templateQuery(db).where(eq(questionnaireTemplates.id, id));
  if (!found) throw new DomainError("NOT_FOUND", `questionnaire template ${id} not found`);
  return found;
}

export const questionCount = (content: QuestionnaireContent): number =>
  content.sections.reduce((n, s) => n + s.questions.length, 0);

export function toTemplateSummary(t: LoadedTemplate): QuestionnaireTemplateSummary {
  const content = parseStoredContent(t.row);
  const o = t.owner;
  return {
    id: t.row.id,
    key: t.row.key,
    name: t.row.name,
    description: t.row.description,
    status: t.row.status as QuestionnaireTemplateStatus,
    origin: t.row.origin,
    owner: o && o.id ? { id: o.id, name: o.name ?? "", email: o.email ?? "" } : null,
    questionCount: questionCount(content),
    campaignCount: Number(t.campaignCount),
    createdAt: t.row.createdAt.toISOString(),
    updatedAt: t.row.updatedAt.toISOString(),
    version: t.row.version,
  };
}

export function toTemplate(t: LoadedTemplate): QuestionnaireTemplate {
  const content = parseStoredContent(t.row);
  return {
    ...toTemplateSummary(t),
    content,
    issues: questionnaireIssues(content),
    sentCopiesFrozen: true,
  };
}
