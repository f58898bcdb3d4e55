/** Calls of the AI objectives endpoints (ISO/IEC 42001 6.2) and their progress history. */
import type {
  CreateObjective,
  Objective,
  ObjectiveProgressEntry,
  Page,
  RecordObjectiveProgress,
  UpdateObjective,
} from "@openaims/core";
import { api } from "../../api/client";

export const OBJECTIVES_KEY = ["objectives"] as const;
export const OBJECTIVES_PATH = "/context/objectives";

export type ObjectiveSort = "key" | "title" | "dueDate" | "status" | "createdAt";
export type ObjectiveQuery = {
  limit: number;
  offset: number;
  sort: ObjectiveSort;
  order: "asc" | "desc";
  q?: string;
  status?: string;
};

const objectiveUrl = (id: string) => `/api/v1/objectives/${encodeURIComponent(id)}`;

export function objectivePath(id: string): string {
  return `${OBJECTIVES_PATH}/${encodeURIComponent(id)}`;
}

export function listObjectives(query: ObjectiveQuery, signal?: AbortSignal): Promise<Page<Objective>> {
  return api.get<Page<Objective>>("/api/v1/objectives", { query, signal });
}
export function getObjective(id: string, signal?: AbortSignal): Promise<Objective> {
  return api.get<Objective>(objectiveUrl(id), { signal });
}
export function createObjective(body: CreateObjective): Promise<Objective> {
  return api.post<Objective>("/api/v1/objectives", body);
}
export function updateObjective(id: string, body: UpdateObjective): Promise<Objective> {
  return api.patch<Objective>(objectiveUrl(id), body);
}
export function listProgress(
  id: string,
  query: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<ObjectiveProgressEntry>> {
  return api.get<Page<ObjectiveProgressEntry>>(`${objectiveUrl(id)}/progress`, { query, signal });
}
export function recordProgress(
  id: string,
  body: RecordObjectiveProgress,
): Promise<{ entry: ObjectiveProgressEntry; objective: Objective }> {
  return api.post<{ entry: ObjectiveProgressEntry; objective: Objective }>(
    `${objectiveUrl(id)}/progress`,
    body,
  );
}
