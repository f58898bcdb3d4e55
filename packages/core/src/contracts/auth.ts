import { z } from "zod";
import { IsoDateTime, ShortText, Uuid } from "./common.js";
import { Email, Password, User } from "./users.js";
import { PERMISSIONS } from "../permissions/matrix.js";

export const LoginRequest = z.object({
  email: Email,
  password: z.string().min(1, "must not be empty").max(200),
});
export type LoginRequest = z.input<typeof LoginRequest>;

/** Who is signed in, what they may do, and the CSRF token their cookie writes must carry. */
export const Me = z.object({
  user: User,
  permissions: z.array(z.enum(Object.keys(PERMISSIONS) as [keyof typeof PERMISSIONS])),
  csrfToken: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});

export const SetupStatus = z.object({ required: z.boolean() });

export const SetupRequest = z.object({
  token: z.string().min(1, "the setup token from the server log is required").max(200),
  email: Email,
  name: ShortText(),
  password: Password,
});
export type SetupRequest = z.input<typeof SetupRequest>;

export const ApiToken = z.object({
  id: Uuid,
  name: z.string(),
  prefix: z.string(),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime.nullable(),
  lastUsedAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

export const MAX_TOKEN_DAYS = 3650;
export const CreateToken = z.object({
  name: ShortText(100),
  expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).nullable().default(90),
});
export type CreateToken = z.input<typeof CreateToken>;

/** Returned once, at creation: the secret is never shown again. */
export const CreatedToken = ApiToken.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof CreatedToken>;
