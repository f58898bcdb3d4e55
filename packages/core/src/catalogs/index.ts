export * from "./catalog-schema.js";
export * from "./validate-catalog.js";
