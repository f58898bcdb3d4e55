/** Calls of the intake endpoints: submit a use case, follow it, decide it, withdraw it. */
import type { CreateAiSystem, IntakeRequestView, IntakeStatus, Page } from "@openaims/core";
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { AUDIT_KEY } from "../audit/audit-api";
import { INBOX_KEY } from "../inbox/inbox-api";
import { AI_SYSTEMS_KEY } from "../inventory/inventory-api";

export type IntakeQuery = {
  limit: number;
  offset: number;
  order?: "asc" | "desc";
  status?: IntakeStatus;
  mine?: boolean;
};

export const INTAKE_KEY = ["intake-requests"] as const;

const intakeUrl = (id: string) => `/api/v1/intake-requests/${encodeURIComponent(id)}`;

export function listIntakeRequests(
  query: IntakeQuery,
  signal?: AbortSignal,
): Promise<Page<IntakeRequestView>> {
  return api.get<Page<IntakeRequestView>>("/api/v1/intake-requests", {
    query: { ...query, mine: query.mine ? "true" : undefined },
    signal,
  });
}

export function getIntakeRequest(id: string, signal?: AbortSignal): Promise<IntakeRequestView> {
  return api.get<IntakeRequestView>(intakeUrl(id), { signal });
}

export function submitIntake(body: CreateAiSystem): Promise<IntakeRequestView> {
  return api.post<IntakeRequestView>("/api/v1/intake-requests", body);
}

export function decideIntake(
  id: string,
  body: { decision: "approve" | "reject"; comment: string },
): Promise<IntakeRequestView> {
  return api.post<IntakeRequestView>(`${intakeUrl(id)}/decision`, body);
}

export function withdrawIntake(id: string): Promise<IntakeRequestView> {
  return api.post<IntakeRequestView>(`${intakeUrl(id)}/withdraw`);
}

/** After a request moved: its lists, the inbox, the audit trail and (once registered) the inventory are out of date. */
export function invalidateIntakeData(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: INTAKE_KEY });
  void queryClient.invalidateQueries({ queryKey: INBOX_KEY });
  void queryClient.invalidateQueries({ queryKey: AI_SYSTEMS_KEY });
  void queryClient.invalidateQueries({ queryKey: AUDIT_KEY });
}
