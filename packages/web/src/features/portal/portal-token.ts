/**
 * The portal's credential: the link token rides in the URL fragment (`/portal#<token>`), which
 * browsers never send to a server or put in Referer headers. The page takes it out of the address
 * bar at once and keeps it in memory, and in this tab's sessionStorage so a reload still works.
 */

/** Where the token is kept for this browser tab only (sessionStorage dies with the tab). */
export const PORTAL_TOKEN_STORAGE_KEY = "openaims.portal-link";

/** A token as handed out: 43 base64url characters; anything else is not worth sending. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/;

/** The token in a location hash ("#abc…", also "#token=abc…"), or null when there is none. */
export function tokenFromHash(hash: string): string | null {
  let raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (raw.startsWith("token=")) raw = raw.slice("token=".length);
  try {
    raw = decodeURIComponent(raw).trim();
  } catch {
    return null;
  }
  return TOKEN_PATTERN.test(raw) ? raw : null;
}

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;
type Place = {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState: (data: unknown, unused: string, url?: string) => void };
};

/**
 * Takes the token from the address bar (then removes it from there and from history) or, after a
 * reload, from this tab's storage. A token in the address wins over a stored one (a new link).
 */
export function takeLinkToken(place: Place, storage: Storage | null): string | null {
  const fromHash = tokenFromHash(place.location.hash);
  if (place.location.hash) {
    place.history.replaceState(null, "", place.location.pathname + place.location.search);
  }
  if (fromHash) {
    try {
      storage?.setItem(PORTAL_TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // storage may be full or disabled: the token stays in memory for this visit
    }
    return fromHash;
  }
  try {
    return storage?.getItem(PORTAL_TOKEN_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Forgets the stored token (the server refused it: expired, revoked or closed). */
export function forgetLinkToken(storage: Storage | null): void {
  try {
    storage?.removeItem(PORTAL_TOKEN_STORAGE_KEY);
  } catch {
    // nothing kept, nothing to forget
  }
}

/** The tab's sessionStorage, or null where the browser forbids it. */
export function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
