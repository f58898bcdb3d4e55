import { createHash, randomBytes } from "node:crypto";

/** A new questionnaire link token: 32 random bytes, base64url (43 characters, 256 bits). */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored: a copy of the database never opens a questionnaire. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The shape of a token we hand out; anything else is refused without a database look-up. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The portal address of a token: the token rides in the fragment, which browsers never send to a server. */
export function portalUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/portal#${token}`;
}
