/** Calls of the evidence endpoints: list, read, link or upload, change, link to records, download. */
import type {
  CreateEvidenceLink,
  EvidenceCreated,
  EvidenceDetail,
  EvidenceState,
  EvidenceTarget,
  EvidenceTargetType,
  EvidenceView,
  Page,
  UpdateEvidence,
} from "@openaims/core";
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { downloadFile } from "../../api/download";
import { apiErrorFrom, networkError } from "../../api/errors";
import { COVERAGE_KEY } from "../coverage/coverage-api";

export const EVIDENCE_KEY = ["evidence"] as const;
const BASE = "/api/v1/evidence";
const itemUrl = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export type EvidenceSort = "key" | "title" | "collectedOn" | "validUntil" | "updatedAt";
export type EvidenceQuery = {
  limit: number;
  offset: number;
  sort?: EvidenceSort;
  order?: "asc" | "desc";
  q?: string;
  state?: EvidenceState;
  kind?: "file" | "link";
  targetType?: EvidenceTargetType;
  targetId?: string;
  ownerId?: string;
  businessUnitId?: string;
};

export function listEvidence(query: EvidenceQuery, signal?: AbortSignal): Promise<Page<EvidenceView>> {
  return api.get<Page<EvidenceView>>(BASE, { query, signal });
}

export function getEvidence(id: string, signal?: AbortSignal): Promise<EvidenceDetail> {
  return api.get<EvidenceDetail>(itemUrl(id), { signal });
}

export function createLinkEvidence(body: CreateEvidenceLink): Promise<EvidenceCreated> {
  return api.post<EvidenceCreated>(BASE, body);
}

/** The text fields of an upload, as the multipart form carries them (empty = not given). */
export type UploadFields = {
  title: string;
  description: string;
  collectedOn: string;
  effectiveOn: string;
  validUntil: string;
  ownerId: string | null;
  businessUnitId: string | null;
  source: string;
  links: EvidenceTarget[];
};

/** The multipart body of an upload: the file and every metadata field. */
export function uploadForm(file: File, f: UploadFields): FormData {
  const form = new FormData();
  form.set("title", f.title.trim());
  if (f.description.trim()) form.set("description", f.description);
  for (const key of ["collectedOn", "effectiveOn", "validUntil"] as const) if (f[key]) form.set(key, f[key]);
  if (f.ownerId) form.set("ownerId", f.ownerId);
  if (f.businessUnitId) form.set("businessUnitId", f.businessUnitId);
  if (f.source.trim()) form.set("source", f.source.trim());
  if (f.links.length) form.set("links", JSON.stringify(f.links));
  // The file goes last so the server has the fields whatever it does with a large file.
  form.set("file", file, file.name);
  return form;
}

/**
 * Uploads a file as evidence. Not through `api`: the body is multipart, not JSON; the session
 * cookie and the CSRF token go with it as with every other write.
 */
export async function uploadEvidence(
  file: File,
  fields: UploadFields,
  csrfToken: string | null,
): Promise<EvidenceCreated> {
  let response: Response;
  try {
    response = await fetch(`${BASE}/files`, {
      method: "POST",
      credentials: "same-origin",
      headers: { accept: "application/json", ...(csrfToken ? { "x-csrf-token": csrfToken } : {}) },
      body: uploadForm(file, fields),
    });
  } catch (cause) {
    throw networkError(cause);
  }
  let body: unknown;
  try {
    body = JSON.parse(await response.text()) as unknown;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw apiErrorFrom(response.status, body);
  return body as EvidenceCreated;
}

export function updateEvidence(id: string, body: UpdateEvidence): Promise<EvidenceDetail> {
  return api.patch<EvidenceDetail>(itemUrl(id), body);
}

export function deleteEvidence(id: string, version: number): Promise<void> {
  return api.delete(itemUrl(id), { query: { version } });
}

export function linkEvidence(id: string, target: EvidenceTarget): Promise<EvidenceDetail> {
  return api.post<EvidenceDetail>(`${itemUrl(id)}/links`, target);
}

export function unlinkEvidence(id: string, target: EvidenceTarget): Promise<EvidenceDetail> {
  return api.delete<EvidenceDetail>(`${itemUrl(id)}/links`, {
    query: { targetType: target.targetType, targetId: target.targetId },
  });
}

/** Saves the stored file under its own name (the server always sends it as an attachment). */
export function downloadEvidence(e: Pick<EvidenceView, "id" | "key" | "fileName">): Promise<string> {
  return downloadFile(`${itemUrl(e.id)}/file`, {}, e.fileName ?? `${e.key}.bin`);
}

/** After evidence changed: its lists, its pages and every coverage figure may be out of date. */
export function invalidateEvidence(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: EVIDENCE_KEY });
  void queryClient.invalidateQueries({ queryKey: COVERAGE_KEY });
}
