import { and, count, desc, eq, isNull } from "drizzle-orm";
import { CreateToken, DomainError, type ApiToken, type CreatedToken, type Page } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { apiTokens } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { hashSecret, newSecret, TOKEN_PREFIX } from "../auth/secrets.js";

type TokenRow = typeof apiTokens.$inferSelect;

const toApiToken = (t: TokenRow): ApiToken => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt?.toISOString() ?? null,
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export async function listTokens(
  db: DbOrTx,
  userId: string,
  page: { limit: number; offset: number },
): Promise<Page<ApiToken>> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(apiTokens).where(eq(apiTokens.userId, userId));
  return { items: rows.map(toApiToken), total: total?.n ?? 0 };
}

/** Issues a personal API token; the secret is returned once and only its hash is kept. */
export async function createToken(
  ctx: ServiceContext,
  userId: string,
  raw: CreateToken,
): Promise<CreatedToken> {
  const input = CreateToken.parse(raw);
  const token = newSecret(TOKEN_PREFIX);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId,
        name: input.name,
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        secretHash: hashSecret(token),
        expiresAt:
          input.expiresInDays === null ? null : new Date(Date.now() + input.expiresInDays * 86_400_000),
      })
      .returning();
    const created = toApiToken(row!);
    await recordAudit(tx, ctx, {
      action: "token.created",
      entityType: "api_token",
      entityId: created.id,
      after: { ...created, userId },
    });
    return { ...created, token };
  });
}

/** Revokes one of the caller's tokens; someone else's token is reported as not found. */
export async function revokeToken(ctx: ServiceContext, userId: string, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) {
      const [existing] = await tx
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)));
      if (!existing) throw new DomainError("NOT_FOUND", `token ${id} not found`);
      return; // already revoked: revoking again changes nothing
    }
    await recordAudit(tx, ctx, {
      action: "token.revoked",
      entityType: "api_token",
      entityId: id,
      after: { ...toApiToken(row), userId },
    });
  });
}
