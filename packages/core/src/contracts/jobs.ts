import { z } from "zod";
import { IsoDateTime, PageQuery, Uuid, SafeString } from "./common.js";

export const JOB_STATES = ["queued", "running", "done", "failed"] as const;

export const Job = z.object({
  id: Uuid,
  kind: z.string(),
  state: z.enum(JOB_STATES),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: IsoDateTime,
  lastError: z.string().nullable(),
  createdAt: IsoDateTime,
  finishedAt: IsoDateTime.nullable(),
});
export type Job = z.infer<typeof Job>;

export const JobListQuery = PageQuery.extend({
  order: z.enum(["asc", "desc"]).default("desc"),
  state: z.enum(JOB_STATES).optional(),
  kind: SafeString(100).optional(),
});
