import { z } from "zod";
import { IsoDateTime, PageQuery, Uuid, SafeString } from "./common.js";

export const AuditEvent = z.object({
  seq: z.number().int(),
  id: Uuid,
  at: IsoDateTime,
  actorId: Uuid.nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditQuery = PageQuery.extend({
  order: z.enum(["asc", "desc"]).default("desc"),
  entityType: SafeString(100).optional(),
  entityId: SafeString(100).optional(),
  actorId: Uuid.optional(),
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditVerification = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
