/** Calls of the control library and starter library endpoints. */
import type { Control, CreateControl, ImplementationStatus, Page, UpdateControl } from "@openaims/core";
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { COVERAGE_KEY } from "../coverage/coverage-api";
import type { TemplateView } from "./templates";

export type ControlSort = "code" | "title" | "createdAt" | "implementationStatus";

export type ControlQuery = {
  limit: number;
  offset: number;
  sort?: ControlSort;
  order?: "asc" | "desc";
  q?: string;
  implementationStatus?: ImplementationStatus;
  businessUnitId?: string;
  requirementKey?: string;
};

export const CONTROLS_KEY = ["controls"] as const;
export const TEMPLATES_KEY = ["control-templates"] as const;

const controlUrl = (id: string) => `/api/v1/controls/${encodeURIComponent(id)}`;

export function listControls(query: ControlQuery, signal?: AbortSignal): Promise<Page<Control>> {
  return api.get<Page<Control>>("/api/v1/controls", { query, signal });
}

export function getControl(id: string, signal?: AbortSignal): Promise<Control> {
  return api.get<Control>(controlUrl(id), { signal });
}

export function createControl(body: CreateControl): Promise<Control> {
  return api.post<Control>("/api/v1/controls", body);
}

export function updateControl(id: string, body: UpdateControl): Promise<Control> {
  return api.patch<Control>(controlUrl(id), body);
}

export function listTemplates(signal?: AbortSignal): Promise<Page<TemplateView>> {
  return api.get<Page<TemplateView>>("/api/v1/control-templates", { signal });
}

export type AdoptResult = { adopted: Control[]; skipped: { code: string; reason: string }[] };

export function adoptTemplates(codes: readonly string[]): Promise<AdoptResult> {
  return api.post<AdoptResult>("/api/v1/control-templates/adopt", { codes });
}

/**
 * After a control changed: its lists, the starter library's "adopted" marks and every coverage
 * figure (dashboard, coverage pages) are out of date.
 */
export function invalidateControlData(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: CONTROLS_KEY });
  void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
  void queryClient.invalidateQueries({ queryKey: COVERAGE_KEY });
}
