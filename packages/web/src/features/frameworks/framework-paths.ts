/** Addresses of the framework pages; refs and requirement ids are encoded ("GOVERN 1.1", "Art. 5(1)(a)"). */
import { parseRequirementKey } from "@openaims/core";

/** encodeURIComponent, keeping ":" readable (it is valid inside a path segment). */
export function segment(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":");
}

export const FRAMEWORKS_LIST_PATH = "/frameworks/catalogs";
export const CROSSWALKS_PATH = "/frameworks/crosswalks";
export const COVERAGE_OVERVIEW_PATH = "/frameworks/coverage";

export function frameworkPath(ref: string): string {
  return `${FRAMEWORKS_LIST_PATH}/${segment(ref)}`;
}

export function requirementPath(ref: string, requirementId: string): string {
  return `${frameworkPath(ref)}/requirements/${segment(requirementId)}`;
}

/** The page of a global requirement key (`iso-iec-42001:2023/A.6.2.4`); null when malformed. */
export function requirementPathOfKey(key: string): string | null {
  const parsed = parseRequirementKey(key);
  return parsed ? requirementPath(parsed.frameworkRef, parsed.requirementId) : null;
}

export function coveragePath(ref: string): string {
  return `${COVERAGE_OVERVIEW_PATH}/${segment(ref)}`;
}

/** The crosswalk explorer opened on a pair of frameworks. */
export function crosswalkPath(from: string, to: string): string {
  return `${CROSSWALKS_PATH}?${new URLSearchParams({ from, to }).toString()}`;
}
