/** A crosswalk as YAML: exactly the JSON shape of `catalogs/crosswalks/<from>__<to>.json`. */
import { stringify } from "yaml";
import type { Crosswalk } from "../catalog-schema.js";
import { formatPath } from "../validate-catalog.js";
import { checkCrosswalk, type FrameworkResolver } from "./check.js";
import {
  checkFileSize,
  failure,
  problemsToErrors,
  rowLimitError,
  type CatalogParseResult,
} from "./shared.js";
import { pathForMessage, readYaml, type TreeSource } from "./tree-source.js";

/** Validates crosswalk data read from YAML or JSON; shared with `parseCatalogFile`. */
export function crosswalkFromTree(
  source: TreeSource,
  resolve?: FrameworkResolver,
): CatalogParseResult<Crosswalk> {
  const { value: raw, lineOf } = source;
  const entries = (raw as { entries?: unknown } | null)?.entries;
  const limit = Array.isArray(entries) ? rowLimitError(entries.length, "entries") : null;
  if (limit) return failure([limit]);
  const { problems, value } = checkCrosswalk(raw, resolve);
  if (problems.length > 0 || !value) {
    const locate = (path: (string | number)[], message: string) => ({
      line: lineOf(pathForMessage(path, message)),
      field: formatPath(path),
    });
    const itemLine = (collection: string, index: number) => lineOf([collection, index]);
    return failure(problemsToErrors(problems, raw, { locate, itemLine }));
  }
  return { ok: true, value };
}

/**
 * Parses a crosswalk YAML file. With `resolveFramework`, entry ends must exist in the frameworks
 * the `from` and `to` refs resolve to.
 */
export function parseCrosswalkYaml(
  text: string,
  options: { resolveFramework?: FrameworkResolver } = {},
): CatalogParseResult<Crosswalk> {
  const sizeErrors = checkFileSize(text);
  if (sizeErrors.length > 0) return failure(sizeErrors);
  const read = readYaml(text);
  if ("errors" in read) return failure(read.errors);
  return crosswalkFromTree(read.source, options.resolveFramework);
}

/** Writes a crosswalk as YAML. */
export function crosswalkToYaml(crosswalk: Crosswalk): string {
  return stringify(crosswalk, { lineWidth: 0 });
}
