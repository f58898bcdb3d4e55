/** Import and export of catalog files: CSV, YAML and JSON in; CSV, YAML and OSCAL 1.2 JSON out. */
export type { FrameworkResolver } from "./check.js";
export * from "./crosswalk-csv.js";
export { crosswalkToYaml, parseCrosswalkYaml } from "./crosswalk-yaml.js";
export * from "./framework-csv.js";
export { frameworkToYaml, parseFrameworkYaml } from "./framework-yaml.js";
export * from "./import-file.js";
export * from "./oscal.js";
export * from "./oscal-types.js";
export {
  MAX_CATALOG_FILE_BYTES,
  MAX_CATALOG_FILE_ROWS,
  type CatalogFileError,
  type CatalogParseResult,
} from "./shared.js";
export { deterministicUuid, uuidV5 } from "./uuid.js";
