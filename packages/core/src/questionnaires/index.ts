export * from "./content.js";
export * from "./rules.js";
export * from "./default-ai-vendor.js";
