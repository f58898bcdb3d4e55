/**
 * The portal's own fetch: the link token in `x-vendor-link` and nothing of the signed-in app —
 * no cookies (credentials: "omit"), no CSRF token, no redirect to the sign-in page on 401.
 */
import {
  PORTAL_LINK_HEADER,
  type PortalFile,
  type PortalQuestionnaire,
  type PortalSaveAnswers,
} from "@openaims/core";
import { apiErrorFrom, networkError } from "../../api/errors";

async function portalFetch<T>(
  token: string,
  method: string,
  path: string,
  body?: object | FormData,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", [PORTAL_LINK_HEADER]: token };
  const init: RequestInit = {
    method,
    headers,
    credentials: "omit",
    cache: "no-store",
    referrerPolicy: "no-referrer",
  };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1/portal/${path}`, init);
  } catch (cause) {
    throw networkError(cause);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw apiErrorFrom(response.status, parsed);
  return parsed as T;
}

export const portalApi = {
  read: (token: string) => portalFetch<PortalQuestionnaire>(token, "GET", "questionnaire"),
  save: (token: string, body: PortalSaveAnswers) =>
    portalFetch<PortalQuestionnaire>(token, "PUT", "answers", body),
  submit: (token: string) => portalFetch<PortalQuestionnaire>(token, "POST", "submit"),
  answerFollowUp: (token: string, followUpId: string, answer: string) =>
    portalFetch<PortalQuestionnaire>(token, "POST", `follow-ups/${encodeURIComponent(followUpId)}/answer`, {
      answer,
    }),
  upload: (token: string, questionId: string, file: File) => {
    const form = new FormData();
    form.append("questionId", questionId);
    form.append("file", file, file.name);
    return portalFetch<PortalFile>(token, "POST", "files", form);
  },
  removeFile: (token: string, fileId: string) =>
    portalFetch<void>(token, "DELETE", `files/${encodeURIComponent(fileId)}`),
};
