/** Calls of the roles, RACI and competence endpoints (ISO/IEC 42001 5.3, 7.2; EU AI Act Art. 4). */
import {
  MAX_PAGE_SIZE,
  type AiLiteracy,
  type AiLiteracyPopulation,
  type Competence,
  type CreateCompetence,
  type CreateOrgRole,
  type CreateTrainingRecord,
  type OrgRole,
  type Page,
  type PersonGaps,
  type PersonRaci,
  type RaciMatrix,
  type RaciRow,
  type RaciSubjectType,
  type RoleCompetenceSummary,
  type SetRaciCell,
  type TrainingRecord,
  type UpdateCompetence,
  type UpdateOrgRole,
  type UpdateTrainingRecord,
} from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { fetchAllPages } from "../../api/fetch-all";
import { useCan, useMe } from "../auth/me-context";
import { USERS_KEY, listUsers } from "../users/users-api";

/**
 * One prefix for every query of the feature: a role's members change the RACI warnings and the
 * gaps, a training record the gaps and AI literacy, so a write refreshes all of them.
 */
export const PEOPLE_KEY = ["people"] as const;
export const ROLES_KEY = [...PEOPLE_KEY, "org-roles"] as const;
export const RACI_KEY = [...PEOPLE_KEY, "raci"] as const;
export const COMPETENCES_KEY = [...PEOPLE_KEY, "competences"] as const;
export const TRAINING_KEY = [...PEOPLE_KEY, "training-records"] as const;
export const STATUS_KEY = [...PEOPLE_KEY, "competence-status"] as const;

const id = (value: string) => encodeURIComponent(value);
type Paging = { limit: number; offset: number };

// Roles
export const listOrgRoles = (query: Paging & { q?: string }, signal?: AbortSignal) =>
  api.get<Page<OrgRole>>("/api/v1/org-roles", { query: { ...query, sort: "name" }, signal });
export const createOrgRole = (body: CreateOrgRole) => api.post<OrgRole>("/api/v1/org-roles", body);
export const updateOrgRole = (roleId: string, body: UpdateOrgRole) =>
  api.patch<OrgRole>(`/api/v1/org-roles/${id(roleId)}`, body);
export const deleteOrgRole = (role: OrgRole) =>
  api.delete(`/api/v1/org-roles/${id(role.id)}`, { query: { version: role.version } });
export const addRoleMember = (roleId: string, userId: string) =>
  api.post<OrgRole>(`/api/v1/org-roles/${id(roleId)}/members`, { userId });
export const removeRoleMember = (roleId: string, userId: string) =>
  api.delete<OrgRole>(`/api/v1/org-roles/${id(roleId)}/members/${id(userId)}`);
export const setRoleCompetences = (role: OrgRole, competenceIds: string[]) =>
  api.put<OrgRole>(`/api/v1/org-roles/${id(role.id)}/competences`, {
    version: role.version,
    competenceIds,
  });

/** Every role (they are few; read in pages of 200). */
export function useAllRoles() {
  return useQuery({
    queryKey: [...ROLES_KEY, "all"],
    queryFn: ({ signal }) => fetchAllPages((offset, limit) => listOrgRoles({ limit, offset }, signal), 1_000),
  });
}

// RACI
export type RaciQuery = Paging & { subjectType?: RaciSubjectType; businessUnitId?: string; q?: string };
export const getRaciMatrix = (query: RaciQuery, signal?: AbortSignal) =>
  api.get<RaciMatrix>("/api/v1/raci", { query, signal });
export const setRaciCell = (body: SetRaciCell) => api.put<RaciRow>("/api/v1/raci/cells", body);
export const getPersonRaci = (userId: string, query: Paging, signal?: AbortSignal) =>
  api.get<PersonRaci>(`/api/v1/raci/people/${id(userId)}`, { query, signal });

// Competences and training
export const listCompetences = (query: Paging, signal?: AbortSignal) =>
  api.get<Page<Competence>>("/api/v1/competences", { query: { ...query, sort: "name" }, signal });
export const createCompetence = (body: CreateCompetence) => api.post<Competence>("/api/v1/competences", body);
export const updateCompetence = (competenceId: string, body: UpdateCompetence) =>
  api.patch<Competence>(`/api/v1/competences/${id(competenceId)}`, body);
export const deleteCompetence = (c: Competence) =>
  api.delete(`/api/v1/competences/${id(c.id)}`, { query: { version: c.version } });

/** Every competence (they are few). */
export function useAllCompetences() {
  return useQuery({
    queryKey: [...COMPETENCES_KEY, "all"],
    queryFn: ({ signal }) =>
      fetchAllPages((offset, limit) => listCompetences({ limit, offset }, signal), 1_000),
  });
}

export type TrainingQuery = Paging & { userId?: string; competenceId?: string; q?: string };
export const listTrainingRecords = (query: TrainingQuery, signal?: AbortSignal) =>
  api.get<Page<TrainingRecord>>("/api/v1/training-records", { query, signal });
export const createTrainingRecord = (body: CreateTrainingRecord) =>
  api.post<TrainingRecord>("/api/v1/training-records", body);
export const updateTrainingRecord = (recordId: string, body: UpdateTrainingRecord) =>
  api.patch<TrainingRecord>(`/api/v1/training-records/${id(recordId)}`, body);
export const deleteTrainingRecord = (r: TrainingRecord) =>
  api.delete(`/api/v1/training-records/${id(r.id)}`, { query: { version: r.version } });

export const getCompetenceGaps = (
  query: Paging & { userId?: string; roleId?: string; q?: string },
  signal?: AbortSignal,
) => api.get<Page<PersonGaps>>("/api/v1/competence/gaps", { query, signal });
export const getRoleSummaries = (query: Paging, signal?: AbortSignal) =>
  api.get<Page<RoleCompetenceSummary>>("/api/v1/competence/roles", { query, signal });
export const getAiLiteracy = (query: Paging & { population: AiLiteracyPopulation }, signal?: AbortSignal) =>
  api.get<AiLiteracy>("/api/v1/competence/ai-literacy", { query, signal });

/** Evidence to link a training record to (the evidence feature's list; only id, key and title are used). */
export type EvidenceChoice = { id: string; key: string; title: string };
export const searchEvidence = (q: string, signal?: AbortSignal) =>
  api.get<Page<EvidenceChoice>>("/api/v1/evidence", {
    query: { q: q || undefined, limit: 20, sort: "title" },
    signal,
  });

/**
 * Active people to pick (members, assignees, trainees): the first 200 by name. Only roles that may
 * read user accounts get the list — the same roles that may make these changes.
 */
export function usePeopleOptions() {
  const canRead = useCan("users:read");
  const query = useQuery({
    queryKey: [...USERS_KEY, "people-options"],
    queryFn: ({ signal }) =>
      listUsers({ limit: MAX_PAGE_SIZE, offset: 0, sort: "name", order: "asc", isActive: true }, signal),
    enabled: canRead,
    staleTime: 60_000,
  });
  const people = query.data?.items ?? [];
  return {
    people,
    options: people.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
    isLoading: query.isLoading,
  };
}

/**
 * People to look at (a filter, a person view): the signed-in person, the user accounts when the
 * reader may list them, and everyone holding a role (viewers may not list user accounts).
 */
export function usePersonChoices(): { value: string; label: string }[] {
  const me = useMe();
  const people = usePeopleOptions();
  const roles = useAllRoles();
  const choices = new Map<string, string>([[me.user.id, `${me.user.name} (you)`]]);
  for (const o of people.options) if (!choices.has(o.value)) choices.set(o.value, o.label);
  for (const role of roles.data?.items ?? [])
    for (const m of role.members) if (!choices.has(m.id)) choices.set(m.id, m.name);
  return [...choices].map(([value, label]) => ({ value, label }));
}
