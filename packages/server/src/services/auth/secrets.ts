import { createHash, randomBytes } from "node:crypto";

/** A random secret for cookies, tokens and setup links (256 bits, URL-safe). */
export const newSecret = (prefix = "") => `${prefix}${randomBytes(32).toString("base64url")}`;

/** Secrets are stored only as their SHA-256: a copy of the database cannot be used to sign in. */
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Prefix of personal API tokens, so secret scanners and people can recognise them. */
export const TOKEN_PREFIX = "aims_";
