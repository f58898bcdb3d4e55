/**
 * A framework as YAML: exactly the JSON shape of `catalogs/<folder>/framework.json`, written as
 * YAML. Problems are reported on the line of the offending key or list item.
 */
import { stringify } from "yaml";
import type { Framework } from "../catalog-schema.js";
import { formatPath } from "../validate-catalog.js";
import { checkFramework } from "./check.js";
import {
  checkFileSize,
  failure,
  problemsToErrors,
  rowLimitError,
  type CatalogParseResult,
} from "./shared.js";
import { pathForMessage, readYaml, type TreeSource } from "./tree-source.js";

/** Validates framework data read from YAML or JSON; shared with `parseCatalogFile`. */
export function frameworkFromTree(source: TreeSource): CatalogParseResult<Framework> {
  const { value: raw, lineOf } = source;
  const requirements = (raw as { requirements?: unknown } | null)?.requirements;
  const limit = Array.isArray(requirements) ? rowLimitError(requirements.length, "requirements") : null;
  if (limit) return failure([limit]);
  const { problems, value } = checkFramework(raw);
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

/** Parses a framework YAML file. */
export function parseFrameworkYaml(text: string): CatalogParseResult<Framework> {
  const sizeErrors = checkFileSize(text);
  if (sizeErrors.length > 0) return failure(sizeErrors);
  const read = readYaml(text);
  if ("errors" in read) return failure(read.errors);
  return frameworkFromTree(read.source);
}

/** Writes a framework as YAML (no line folding, so each value stays on one line). */
export function frameworkToYaml(framework: Framework): string {
  return stringify(framework, { lineWidth: 0 });
}
