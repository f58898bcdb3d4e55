/** Calls of the sign-in, setup and own-account endpoints. */
import type { LoginRequest, Me, SetupRequest } from "@openaims/core";
import { api, setCsrfToken } from "../../api/client";
import { isApiError } from "../../api/errors";

/** Keeps the CSRF token of a `Me` for the writes that follow, and returns it. */
export function rememberMe(me: Me): Me {
  setCsrfToken(me.csrfToken);
  return me;
}

/** Who is signed in, or null when nobody is (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return rememberMe(await api.get<Me>("/api/v1/auth/me", { redirectOn401: false }));
  } catch (e) {
    if (isApiError(e) && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export async function signIn(body: LoginRequest): Promise<Me> {
  return rememberMe(await api.post<Me>("/api/v1/auth/login", body, { redirectOn401: false }));
}

export async function signOut(): Promise<void> {
  try {
    await api.post<void>("/api/v1/auth/logout", undefined, { redirectOn401: false });
  } finally {
    setCsrfToken(null);
  }
}

export function fetchSetupStatus(): Promise<{ required: boolean }> {
  return api.get<{ required: boolean }>("/api/v1/setup", { redirectOn401: false });
}

export async function completeSetup(body: SetupRequest): Promise<Me> {
  return rememberMe(await api.post<Me>("/api/v1/setup", body, { redirectOn401: false }));
}

export function changePassword(body: { currentPassword: string; newPassword: string }): Promise<void> {
  return api.post<void>("/api/v1/auth/password", body);
}
