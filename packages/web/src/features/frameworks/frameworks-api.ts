/** Calls of the framework catalog endpoints, and hooks for the lists other pages pick from. */
import type {
  FrameworkSummary,
  Page,
  RequirementDetail,
  RequirementKind,
  RequirementView,
} from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { downloadFile } from "../../api/download";
import { fetchAllPages } from "../../api/fetch-all";
import type { CatalogFileFormat, CatalogImportResult } from "./catalog-import";
import { frameworkLabel } from "./framework-labels";

export const FRAMEWORKS_KEY = ["frameworks"] as const;

/** Catalogs change only by import: keep them a while. */
const CATALOG_STALE_MS = 5 * 60_000;

export type ExportFormat = "csv" | "yaml" | "json" | "oscal";
export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string; ext: string }[] = [
  { format: "csv", label: "CSV", ext: "csv" },
  { format: "yaml", label: "YAML", ext: "yaml" },
  { format: "json", label: "JSON", ext: "json" },
  { format: "oscal", label: "OSCAL", ext: "oscal.json" },
];

export type RequirementQuery = {
  limit: number;
  offset: number;
  q?: string;
  kind?: RequirementKind;
  assessable?: boolean;
  parent?: string;
};

const frameworkUrl = (ref: string) => `/api/v1/frameworks/${encodeURIComponent(ref)}`;

export function listFrameworks(
  query: { limit: number; offset: number; q?: string },
  signal?: AbortSignal,
): Promise<Page<FrameworkSummary>> {
  return api.get<Page<FrameworkSummary>>("/api/v1/frameworks", { query, signal });
}

export function getFramework(ref: string, signal?: AbortSignal): Promise<FrameworkSummary> {
  return api.get<FrameworkSummary>(frameworkUrl(ref), { signal });
}

export function listRequirements(
  ref: string,
  query: RequirementQuery,
  signal?: AbortSignal,
): Promise<Page<RequirementView>> {
  return api.get<Page<RequirementView>>(`${frameworkUrl(ref)}/requirements`, { query, signal });
}

export function getRequirement(ref: string, id: string, signal?: AbortSignal): Promise<RequirementDetail> {
  return api.get<RequirementDetail>(`${frameworkUrl(ref)}/requirements/${encodeURIComponent(id)}`, {
    signal,
  });
}

export function importCatalog(body: {
  format: CatalogFileFormat;
  content: string;
  replace: boolean;
}): Promise<CatalogImportResult> {
  return api.post<CatalogImportResult>("/api/v1/catalogs/import", body);
}

/** Downloads a framework as a file; resolves with the file name. */
export function exportFramework(ref: string, format: ExportFormat): Promise<string> {
  const ext = EXPORT_FORMATS.find((f) => f.format === format)?.ext ?? format;
  return downloadFile(`${frameworkUrl(ref)}/export`, { format }, `${ref.replace(":", "-")}.${ext}`);
}

/** Every framework (all pages), with a label lookup by ref. */
export function useAllFrameworks() {
  const query = useQuery({
    queryKey: [...FRAMEWORKS_KEY, "all"],
    queryFn: async ({ signal }) =>
      (await fetchAllPages((offset, limit) => listFrameworks({ limit, offset }, signal))).items,
    staleTime: CATALOG_STALE_MS,
  });
  const frameworks = query.data ?? [];
  const byRef = new Map(frameworks.map((f) => [f.ref, f]));
  return {
    ...query,
    frameworks,
    /** "ISO/IEC 42001", or the ref itself while loading or when unknown. */
    labelOf: (ref: string) => {
      const f = byRef.get(ref);
      return f ? frameworkLabel(f) : ref;
    },
  };
}

/** Every requirement of a framework, in document order (all pages; ~120 at most in the catalogs). */
export function useAllRequirements(ref: string | null) {
  return useQuery({
    queryKey: [...FRAMEWORKS_KEY, ref, "requirements", "all"],
    queryFn: ({ signal }) =>
      fetchAllPages((offset, limit) => listRequirements(ref!, { limit, offset }, signal)),
    enabled: ref !== null,
    staleTime: CATALOG_STALE_MS,
  });
}
