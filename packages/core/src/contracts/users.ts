import { z } from "zod";
import { ROLES } from "../permissions/matrix.js";
import { IsoDateTime, PageQuery, ShortText, Uuid, Version, QueryBoolean, SafeString } from "./common.js";

export const RoleEnum = z.enum(ROLES);

export const Email = z
  .email({ message: "must be an email address" })
  .max(254, "must be at most 254 characters")
  .transform((e) => e.toLowerCase());

/** Password policy: length over composition (NIST SP 800-63B 5.1.1). */
export const MIN_PASSWORD_LENGTH = 12;
export const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "must be at most 200 characters");

export const User = z.object({
  id: Uuid,
  key: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleEnum,
  businessUnitIds: z.array(Uuid),
  isActive: z.boolean(),
  lastLoginAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type User = z.infer<typeof User>;

export const CreateUser = z.object({
  email: Email,
  name: ShortText(),
  role: RoleEnum,
  password: Password,
  businessUnitIds: z.array(Uuid).max(100).default([]),
});
export type CreateUser = z.input<typeof CreateUser>;

export const UpdateUser = z
  .object({
    version: Version,
    name: ShortText().optional(),
    role: RoleEnum.optional(),
    isActive: z.boolean().optional(),
    businessUnitIds: z.array(Uuid).max(100).optional(),
  })
  .strict();
export type UpdateUser = z.infer<typeof UpdateUser>;

export const UserListQuery = PageQuery.extend({
  sort: z.enum(["name", "email", "createdAt", "key"]).default("name"),
  q: SafeString(200).optional(),
  role: RoleEnum.optional(),
  isActive: QueryBoolean.optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;
