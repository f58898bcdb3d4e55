import { z } from "zod";
import { IsoDateTime, LongText, PageQuery, ShortText, Uuid, Version, SafeString } from "./common.js";

export const BusinessUnit = z.object({
  id: Uuid,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type BusinessUnit = z.infer<typeof BusinessUnit>;

export const CreateBusinessUnit = z.object({ name: ShortText(), description: LongText(2000).default("") });
export type CreateBusinessUnit = z.input<typeof CreateBusinessUnit>;

export const UpdateBusinessUnit = z
  .object({ version: Version, name: ShortText().optional(), description: LongText(2000).optional() })
  .strict();

export const BusinessUnitListQuery = PageQuery.extend({
  sort: z.enum(["name", "key", "createdAt"]).default("name"),
  q: SafeString(200).optional(),
});
export type BusinessUnitListQuery = z.infer<typeof BusinessUnitListQuery>;
