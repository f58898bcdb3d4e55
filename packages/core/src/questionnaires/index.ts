export * from "./content.js";
export * from "./rules.js";
