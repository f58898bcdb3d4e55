import { and, asc, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import {
  BUILTIN_QUESTIONNAIRES,
  CreateQuestionnaireTemplate,
  DomainError,
  EMPTY_QUESTIONNAIRE_CONTENT,
  MAX_QUESTIONS,
  QuestionnaireContent,
  questionnaireIssues,
  UpdateQuestionnaireTemplate,
  type BuiltinQuestionnaireView,
  type QuestionnaireIssue,
  type QuestionnaireTemplate,
  type QuestionnaireTemplateListQuery,
  type QuestionnaireTemplatePage,
} from "@openaims/core";
import type { Tx } from "../../db/client.js";
import { questionnaireTemplates, users, vendorCampaigns } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { actorId, type ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { loadTemplateRow } from "./template-access.js";
import {
  loadTemplate,
  questionCount,
  templateQuery,
  TEMPLATE_ENTITY,
  toTemplate,
  toTemplateSummary,
} from "./template-view.js";

const t = questionnaireTemplates;
const sortOf = {
  updatedAt: t.updatedAt,
  createdAt: t.createdAt,
  name: t.name,
  key: t.createdAt,
  status: t.status,
};

export async function listTemplates(
  ctx: ServiceContext,
  q: QuestionnaireTemplateListQuery,
): Promise<QuestionnaireTemplatePage> {
  const f: (SQL | undefined)[] = [];
  if (q.q)
    f.push(
      or(
        ilike(t.name, likePattern(q.q)),
        ilike(t.key, likePattern(q.q)),
        ilike(t.description, likePattern(q.q)),
      ),
    );
  if (q.status) f.push(eq(t.status, q.status));
  const where = and(...f);
  const direction = q.order === "desc" ? desc : asc;
  const rows = await templateQuery(ctx.db)
    .where(where)
    .orderBy(direction(sortOf[q.sort]), desc(t.createdAt), asc(t.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(t).where(where);
  return { items: rows.map(toTemplateSummary), total: total?.n ?? 0 };
}

export async function getTemplate(ctx: ServiceContext, id: string): Promise<QuestionnaireTemplate> {
  return toTemplate(await loadTemplate(ctx.db, id));
}

const invalid = (message: string, issues: QuestionnaireIssue[]) =>
  new DomainError(
    "VALIDATION_FAILED",
    `${message}: ${issues[0]!.path} ${issues[0]!.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`,
    { issues },
  );

/** Limits that hold for every save, drafts included. */
function assertSavable(content: QuestionnaireContent): void {
  if (questionCount(content) > MAX_QUESTIONS)
    throw invalid("the questionnaire is too long", [
      { path: "sections", message: `has more than ${MAX_QUESTIONS} questions in all` },
    ]);
}

/**
 * What stops a template from being sent, with paths relative to the content (as in the view's
 * `issues`), so the builder can place them (ISO/IEC 42001 A.10.3: suppliers get a coherent questionnaire).
 */
export function publishIssues(content: QuestionnaireContent): QuestionnaireIssue[] {
  const issues = questionnaireIssues(content);
  if (questionCount(content) === 0) issues.push({ path: "sections", message: "add at least one question" });
  return issues;
}

async function assertActiveOwner(tx: Tx, id: string): Promise<void> {
  const [u] = await tx.select({ active: users.isActive }).from(users).where(eq(users.id, id));
  if (!u || !u.active)
    throw new DomainError("VALIDATION_FAILED", `ownerId: no active user ${id}`, {
      issues: [{ path: "ownerId", message: "must be an active user" }],
    });
}

async function insertTemplate(
  tx: Tx,
  ctx: ServiceContext,
  values: {
    name: string;
    description: string;
    content: QuestionnaireContent;
    origin: string | null;
    ownerId: string | null;
  },
  action: string,
  extra: Record<string, unknown> = {},
): Promise<QuestionnaireTemplate> {
  assertSavable(values.content);
  if (values.ownerId) await assertActiveOwner(tx, values.ownerId);
  const key = await nextKey(tx, "questionnaireTemplate");
  const [row] = await tx
    .insert(t)
    .values({ ...values, key, status: "draft" })
    .returning({ id: t.id });
  const view = toTemplate(await loadTemplate(tx, row!.id));
  await recordAudit(tx, ctx, {
    action,
    entityType: TEMPLATE_ENTITY,
    entityId: view.id,
    after: { ...view, ...extra },
  });
  return view;
}

/** A new draft; drafts may hold structure issues so the builder can save work in progress. */
export async function createTemplate(
  ctx: ServiceContext,
  raw: CreateQuestionnaireTemplate,
): Promise<QuestionnaireTemplate> {
  const input = CreateQuestionnaireTemplate.parse(raw);
  const content = input.content ?? QuestionnaireContent.parse(EMPTY_QUESTIONNAIRE_CONTENT);
  const ownerId = input.ownerId === undefined ? actorId(ctx.actor) : input.ownerId;
  return ctx.db.transaction((tx) =>
    insertTemplate(
      tx,
      ctx,
      { name: input.name, description: input.description, content, origin: null, ownerId },
      "questionnaire_template.created",
    ),
  );
}

/**
 * Edits apply to what is sent from now on; questionnaires already sent keep their frozen copy.
 * A published template must stay sendable, so its content must be free of issues; a retired one is read-only.
 */
export async function updateTemplate(
  ctx: ServiceContext,
  id: string,
  raw: UpdateQuestionnaireTemplate,
): Promise<QuestionnaireTemplate> {
  const patch = UpdateQuestionnaireTemplate.parse(raw);
  return ctx.db.transaction(async (tx) => {
    const row = await loadTemplateRow(tx, id, true);
    assertVersion(row, patch.version, `questionnaire template ${row.key}`);
    if (row.status === "retired")
      throw new DomainError(
        "CONFLICT",
        `questionnaire template ${row.key} is retired; copy it to make a new draft`,
      );
    if (patch.content) {
      assertSavable(patch.content);
      if (row.status === "published") {
        const issues = publishIssues(patch.content);
        if (issues.length) throw invalid("a published template must stay ready to send", issues);
      }
    }
    if (patch.ownerId) await assertActiveOwner(tx, patch.ownerId);
    const before = toTemplate(await loadTemplate(tx, id));
    const { version, ...fields } = patch;
    await tx
      .update(t)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(t.id, id));
    const after = toTemplate(await loadTemplate(tx, id));
    await recordAudit(tx, ctx, {
      action: "questionnaire_template.updated",
      entityType: TEMPLATE_ENTITY,
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

async function setStatus(
  ctx: ServiceContext,
  id: string,
  version: number,
  to: "published" | "retired",
): Promise<QuestionnaireTemplate> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadTemplateRow(tx, id, true);
    assertVersion(row, version, `questionnaire template ${row.key}`);
    if (row.status === to)
      throw new DomainError("CONFLICT", `questionnaire template ${row.key} is already ${to}`);
    const before = toTemplate(await loadTemplate(tx, id));
    if (to === "published") {
      const issues = publishIssues(before.content);
      if (issues.length) throw invalid(`questionnaire template ${row.key} cannot be published yet`, issues);
    } else if (row.status !== "published") {
      throw new DomainError(
        "CONFLICT",
        `questionnaire template ${row.key} is a draft; delete it instead of retiring it`,
      );
    }
    await tx
      .update(t)
      .set({ status: to, version: version + 1, updatedAt: new Date() })
      .where(eq(t.id, id));
    const after = toTemplate(await loadTemplate(tx, id));
    const action = to === "published" ? "questionnaire_template.published" : "questionnaire_template.retired";
    await recordAudit(tx, ctx, { action, entityType: TEMPLATE_ENTITY, entityId: id, before, after });
    return after;
  });
}

/** Only published templates can be sent; publishing a retired one brings it back. */
export const publishTemplate = (ctx: ServiceContext, id: string, version: number) =>
  setStatus(ctx, id, version, "published");
/** No new questionnaires from it; those already sent carry on. */
export const retireTemplate = (ctx: ServiceContext, id: string, version: number) =>
  setStatus(ctx, id, version, "retired");

/** Deleting is for templates never sent; once sent, the campaigns point at it and it is retired instead. */
export async function deleteTemplate(ctx: ServiceContext, id: string, version?: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadTemplateRow(tx, id, true);
    if (version !== undefined) assertVersion(row, version, `questionnaire template ${row.key}`);
    const [sent] = await tx
      .select({ n: count() })
      .from(vendorCampaigns)
      .where(eq(vendorCampaigns.templateId, id));
    if ((sent?.n ?? 0) > 0)
      throw new DomainError(
        "CONFLICT",
        `questionnaire template ${row.key} was sent ${sent!.n} time(s) and cannot be deleted; retire it instead`,
      );
    const before = toTemplate(await loadTemplate(tx, id));
    await tx.delete(t).where(eq(t.id, id));
    await recordAudit(tx, ctx, {
      action: "questionnaire_template.deleted",
      entityType: TEMPLATE_ENTITY,
      entityId: id,
      before,
    });
  });
}

const copyName = (name: string) => {
  const full = `Copy of ${name}`;
  return full.length <= 200 ? full : `${full.slice(0, 199)}…`;
};

/** A new draft with the same content, to rework a template without touching the original. */
export async function copyTemplate(
  ctx: ServiceContext,
  id: string,
  name?: string,
): Promise<QuestionnaireTemplate> {
  return ctx.db.transaction(async (tx) => {
    const source = toTemplate(await loadTemplate(tx, id));
    return insertTemplate(
      tx,
      ctx,
      {
        name: name ?? copyName(source.name),
        description: source.description,
        content: source.content,
        origin: source.origin,
        ownerId: actorId(ctx.actor),
      },
      "questionnaire_template.copied",
      { copiedFrom: { id: source.id, key: source.key, version: source.version } },
    );
  });
}

export function listBuiltinQuestionnaires(): { items: BuiltinQuestionnaireView[] } {
  return {
    items: BUILTIN_QUESTIONNAIRES.map((b) => {
      const content = QuestionnaireContent.parse(b.content);
      return {
        slug: b.slug,
        name: b.name,
        description: b.description,
        sectionCount: content.sections.length,
        questionCount: questionCount(content),
        content,
      };
    }),
  };
}

/** A draft made from a built-in questionnaire, remembering where it came from. */
export async function adoptBuiltin(
  ctx: ServiceContext,
  slug: string,
  name?: string,
): Promise<QuestionnaireTemplate> {
  const builtin = BUILTIN_QUESTIONNAIRES.find((b) => b.slug === slug);
  if (!builtin) throw new DomainError("NOT_FOUND", `no built-in questionnaire "${slug}"`);
  const content = QuestionnaireContent.parse(builtin.content);
  return ctx.db.transaction((tx) =>
    insertTemplate(
      tx,
      ctx,
      {
        name: name ?? builtin.name,
        description: builtin.description,
        content,
        origin: builtin.slug,
        ownerId: actorId(ctx.actor),
      },
      "questionnaire_template.adopted",
    ),
  );
}
