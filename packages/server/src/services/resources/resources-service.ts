import { and, asc, count, eq } from "drizzle-orm";
import {
  CreateResource,
  DomainError,
  MAX_RESOURCES_PER_SYSTEM,
  missingResourceKinds,
  parseResourceAttributes,
  RESOURCE_KINDS,
  type Resource,
  type ResourceKind,
  type SystemResources,
  type UpdateResource,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { aiSystemResources, aiSystems, users } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { aiSystemVisibility, loadAiSystem } from "../ai-systems/ai-systems-service.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { assertUser } from "../shared/references.js";
import { assertVersion } from "../shared/versioning.js";

const ENTITY = "ai_system_resource";

function resourceQuery(db: DbOrTx) {
  return db
    .select({ row: aiSystemResources, ownerName: users.name })
    .from(aiSystemResources)
    .leftJoin(users, eq(users.id, aiSystemResources.ownerId))
    .$dynamic();
}
type Joined = Awaited<ReturnType<ReturnType<typeof resourceQuery>["execute"]>>[number];

const toResource = ({ row: r, ownerName }: Joined): Resource => ({
  id: r.id,
  aiSystemId: r.aiSystemId,
  kind: r.kind as ResourceKind,
  name: r.name,
  description: r.description,
  provider: r.provider,
  owner: r.ownerId && ownerName !== null ? { id: r.ownerId, name: ownerName } : null,
  attributes: r.attributes as Record<string, unknown>,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

async function loadResource(db: DbOrTx, id: string): Promise<Resource> {
  const [found] = await resourceQuery(db).where(eq(aiSystemResources.id, id));
  if (!found) throw new DomainError("NOT_FOUND", `resource ${id} not found`);
  return toResource(found);
}

/**
 * A resource whose AI system the actor may see (404 otherwise: a contributor limited to another
 * unit learns nothing), with the system's unit for the write check.
 */
async function loadVisibleResource(db: DbOrTx, actor: Actor, id: string, lock = false) {
  const query = db
    .select({ row: aiSystemResources, unitId: aiSystems.businessUnitId })
    .from(aiSystemResources)
    .innerJoin(aiSystems, eq(aiSystems.id, aiSystemResources.aiSystemId))
    .where(and(eq(aiSystemResources.id, id), aiSystemVisibility(actor)));
  const [found] = lock ? await query.for("update", { of: aiSystemResources }) : await query;
  if (!found) throw new DomainError("NOT_FOUND", `resource ${id} not found`);
  return found;
}

/**
 * The resources of an AI system by kind (ISO/IEC 42001 7.1, A.4.2) and the kinds with nothing
 * documented yet. Bounded: a system holds at most MAX_RESOURCES_PER_SYSTEM resources.
 */
export async function listSystemResources(ctx: ServiceContext, systemId: string): Promise<SystemResources> {
  await loadAiSystem(ctx.db, ctx.actor, systemId);
  const rows = await resourceQuery(ctx.db)
    .where(eq(aiSystemResources.aiSystemId, systemId))
    .orderBy(asc(aiSystemResources.kind), asc(aiSystemResources.name), asc(aiSystemResources.id))
    .limit(MAX_RESOURCES_PER_SYSTEM);
  const groups = Object.fromEntries(
    RESOURCE_KINDS.map((k) => [k, [] as Resource[]]),
  ) as SystemResources["groups"];
  for (const r of rows) groups[r.row.kind as ResourceKind]?.push(toResource(r));
  return {
    aiSystemId: systemId,
    groups,
    missing: missingResourceKinds(rows.map((r) => r.row.kind as ResourceKind)),
    total: rows.length,
  };
}

export async function createResource(
  ctx: ServiceContext,
  systemId: string,
  raw: CreateResource,
): Promise<Resource> {
  const input = CreateResource.parse(raw);
  return ctx.db.transaction(async (tx) => {
    const system = await loadAiSystem(tx, ctx.actor, systemId, true);
    assertMayWriteUnit(ctx.actor, system.businessUnitId);
    await assertUser(tx, input.ownerId, "ownerId");
    const [held] = await tx
      .select({ n: count() })
      .from(aiSystemResources)
      .where(eq(aiSystemResources.aiSystemId, systemId));
    if ((held?.n ?? 0) >= MAX_RESOURCES_PER_SYSTEM)
      throw new DomainError(
        "RULE_VIOLATION",
        `an AI system holds at most ${MAX_RESOURCES_PER_SYSTEM} resources; group similar ones`,
      );
    const [row] = await tx
      .insert(aiSystemResources)
      .values({ ...input, aiSystemId: systemId })
      .returning({ id: aiSystemResources.id });
    const created = await loadResource(tx, row!.id);
    await recordAudit(tx, ctx, {
      action: "ai_system_resource.created",
      entityType: ENTITY,
      entityId: created.id,
      after: { ...created, aiSystemKey: system.key },
    });
    return created;
  });
}

/** Changes a resource (send the version you read); its attributes are checked against its kind. */
export async function updateResource(
  ctx: ServiceContext,
  id: string,
  patch: UpdateResource,
): Promise<Resource> {
  return ctx.db.transaction(async (tx) => {
    const found = await loadVisibleResource(tx, ctx.actor, id, true);
    assertVersion(found.row, patch.version, `resource ${id}`);
    assertMayWriteUnit(ctx.actor, found.unitId);
    const { version, attributes, ...fields } = patch;
    const kind = found.row.kind as ResourceKind;
    let checked: Record<string, unknown> | undefined;
    if (attributes) {
      const parsed = parseResourceAttributes(kind, {
        ...(found.row.attributes as Record<string, unknown>),
        ...attributes,
      });
      if (!parsed.ok)
        throw new DomainError(
          "VALIDATION_FAILED",
          `${parsed.issues[0]!.path}: ${parsed.issues[0]!.message}`,
          {
            issues: parsed.issues,
          },
        );
      checked = parsed.attributes;
    }
    if (fields.ownerId) await assertUser(tx, fields.ownerId, "ownerId");
    const before = await loadResource(tx, id);
    await tx
      .update(aiSystemResources)
      .set({
        ...fields,
        ...(checked ? { attributes: checked } : {}),
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(eq(aiSystemResources.id, id));
    const after = await loadResource(tx, id);
    await recordAudit(tx, ctx, {
      action: "ai_system_resource.updated",
      entityType: ENTITY,
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Removes a resource; with `version`, only if nobody changed it since it was read. */
export async function deleteResource(
  ctx: ServiceContext,
  id: string,
  version: number | undefined,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const found = await loadVisibleResource(tx, ctx.actor, id, true);
    if (version !== undefined) assertVersion(found.row, version, `resource ${id}`);
    assertMayWriteUnit(ctx.actor, found.unitId);
    const before = await loadResource(tx, id);
    await tx.delete(aiSystemResources).where(eq(aiSystemResources.id, id));
    await recordAudit(tx, ctx, {
      action: "ai_system_resource.deleted",
      entityType: ENTITY,
      entityId: id,
      before,
    });
  });
}
