/** Calls of questionnaire templates: list, read, build, publish, retire, copy and the built-in ones. */
import type {
  BuiltinQuestionnaireList,
  CreateQuestionnaireTemplate,
  QuestionnaireTemplate,
  QuestionnaireTemplateListQuery,
  QuestionnaireTemplatePage,
  UpdateQuestionnaireTemplate,
} from "@openaims/core";
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";

export type TemplateQuery = Partial<Omit<QuestionnaireTemplateListQuery, "limit" | "offset">> & {
  limit: number;
  offset: number;
};

export const TEMPLATES_KEY = ["questionnaire-templates"] as const;
const base = "/api/v1/questionnaire-templates";
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const listTemplates = (query: TemplateQuery, signal?: AbortSignal) =>
  api.get<QuestionnaireTemplatePage>(base, { query, signal });
export const getTemplate = (id: string, signal?: AbortSignal) =>
  api.get<QuestionnaireTemplate>(one(id), { signal });
export const createTemplate = (body: CreateQuestionnaireTemplate) =>
  api.post<QuestionnaireTemplate>(base, body);
export const updateTemplate = (id: string, body: UpdateQuestionnaireTemplate) =>
  api.patch<QuestionnaireTemplate>(one(id), body);
export const deleteTemplate = (id: string, version: number) =>
  api.delete<null>(one(id), { query: { version } });
export const publishTemplate = (id: string, version: number) =>
  api.post<QuestionnaireTemplate>(`${one(id)}/publish`, { version });
export const retireTemplate = (id: string, version: number) =>
  api.post<QuestionnaireTemplate>(`${one(id)}/retire`, { version });
export const copyTemplate = (id: string, name?: string) =>
  api.post<QuestionnaireTemplate>(`${one(id)}/copy`, name ? { name } : {});

export const listBuiltins = (signal?: AbortSignal) =>
  api.get<BuiltinQuestionnaireList>(`${base}/builtin`, { signal });
export const adoptBuiltin = (slug: string, name?: string) =>
  api.post<QuestionnaireTemplate>(`${base}/builtin/${encodeURIComponent(slug)}/adopt`, name ? { name } : {});

/** One template with its content. */
export function useTemplate(id: string) {
  return useQuery({
    queryKey: [...TEMPLATES_KEY, "detail", id],
    queryFn: ({ signal }) => getTemplate(id, signal),
  });
}

/** The questionnaires shipped with OpenAIMS (they never change while the server runs). */
export function useBuiltins(enabled = true) {
  return useQuery({
    queryKey: [...TEMPLATES_KEY, "builtin"],
    queryFn: ({ signal }) => listBuiltins(signal),
    staleTime: Infinity,
    enabled,
  });
}

/** After a write: the detail is replaced and the lists are out of date. */
export function afterTemplateSaved(queryClient: QueryClient, saved: QuestionnaireTemplate): void {
  queryClient.setQueryData([...TEMPLATES_KEY, "detail", saved.id], saved);
  void queryClient.invalidateQueries({ queryKey: [...TEMPLATES_KEY, "list"] });
}
