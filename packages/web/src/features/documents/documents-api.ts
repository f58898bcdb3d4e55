/** Calls of documents, their approval, revisions, publications and acknowledgements. */
import type {
  CreateDocument,
  DocumentDiffView,
  DocumentListQuery,
  DocumentRevisionSummary,
  DocumentRevisionView,
  DocumentSummary,
  DocumentTemplateView,
  DocumentView,
  MyAcknowledgement,
  MyAcknowledgementView,
  OverdueAcknowledgement,
  Page,
  PublicationDetail,
  PublicationView,
  PublishDocument,
  UpdateDocument,
} from "@openaims/core";
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";

export type DocumentQuery = Partial<Omit<DocumentListQuery, "limit" | "offset">> & {
  limit: number;
  offset: number;
};

export const DOCUMENTS_KEY = ["documents"] as const;
export const ACKNOWLEDGEMENTS_KEY = ["acknowledgements"] as const;
const base = "/api/v1/documents";
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;
const page = (limit = 50, offset = 0) => ({ limit, offset });

export const listDocuments = (query: DocumentQuery, signal?: AbortSignal) =>
  api.get<Page<DocumentSummary>>(base, { query, signal });
export const getDocument = (id: string, signal?: AbortSignal) => api.get<DocumentView>(one(id), { signal });
export const createDocument = (body: CreateDocument) => api.post<DocumentView>(base, body);
export const updateDocument = (id: string, body: UpdateDocument) => api.patch<DocumentView>(one(id), body);
export const submitDocument = (id: string, body: { version: number; changeNote: string }) =>
  api.post<DocumentView>(`${one(id)}/submit`, body);
export const decideDocument = (id: string, body: { decision: "approve" | "reject"; comment: string }) =>
  api.post<DocumentView>(`${one(id)}/decision`, body);
export const markReviewed = (id: string, body: { version: number; note: string }) =>
  api.post<DocumentView>(`${one(id)}/reviewed`, body);
export const setRetired = (id: string, version: number, retire: boolean) =>
  api.post<DocumentView>(`${one(id)}/${retire ? "retire" : "reinstate"}`, { version });

export const listRevisions = (id: string, signal?: AbortSignal) =>
  api.get<Page<DocumentRevisionSummary>>(`${one(id)}/revisions`, { query: page(200), signal });
export const getRevision = (id: string, number: number, signal?: AbortSignal) =>
  api.get<DocumentRevisionView>(`${one(id)}/revisions/${number}`, { signal });
export const getDiff = (id: string, from: string, to: string, signal?: AbortSignal) =>
  api.get<DocumentDiffView>(`${one(id)}/diff`, { query: { from, to }, signal });

export const listPublications = (id: string, signal?: AbortSignal) =>
  api.get<Page<PublicationView>>(`${one(id)}/publications`, { query: page(), signal });
export const publishDocument = (id: string, body: PublishDocument) =>
  api.post<PublicationView>(`${one(id)}/publications`, body);
export const getPublication = (
  id: string,
  query: { limit: number; offset: number; status?: "pending" | "acknowledged" },
  signal?: AbortSignal,
) => api.get<PublicationDetail>(`/api/v1/document-publications/${encodeURIComponent(id)}`, { query, signal });

export const listDocumentTemplates = (signal?: AbortSignal) =>
  api.get<Page<DocumentTemplateView>>("/api/v1/document-templates", { signal });
export const adoptDocumentTemplate = (code: string) =>
  api.post<DocumentView>(`/api/v1/document-templates/${encodeURIComponent(code)}/adopt`, {});

export const myAcknowledgements = (
  query: { limit: number; offset: number; status?: "pending" | "acknowledged" },
  signal?: AbortSignal,
) => api.get<Page<MyAcknowledgement>>("/api/v1/acknowledgements/mine", { query, signal });
export const getMyAcknowledgement = (publicationId: string, signal?: AbortSignal) =>
  api.get<MyAcknowledgementView>(`/api/v1/acknowledgements/${encodeURIComponent(publicationId)}`, { signal });
export const acknowledge = (publicationId: string) =>
  api.post<MyAcknowledgementView>(`/api/v1/acknowledgements/${encodeURIComponent(publicationId)}`);
export const overdueAcknowledgements = (query: { limit: number; offset: number }, signal?: AbortSignal) =>
  api.get<Page<OverdueAcknowledgement>>("/api/v1/acknowledgements/overdue", { query, signal });

/** After a write: the detail is replaced; lists, history and the inbox are out of date. */
export function afterDocumentSaved(queryClient: QueryClient, saved: DocumentView): void {
  queryClient.setQueryData([...DOCUMENTS_KEY, "detail", saved.id], saved);
  void queryClient.invalidateQueries({ queryKey: [...DOCUMENTS_KEY, "list"] });
  void queryClient.invalidateQueries({ queryKey: [...DOCUMENTS_KEY, saved.id] });
  void queryClient.invalidateQueries({ queryKey: ["inbox"] });
}
