export * from "./business-units.js";
export * from "./users.js";
export * from "./audit.js";
export * from "./system.js";
export * from "./catalogs.js";
export * from "./controls.js";
export * from "./ai-systems.js";
export * from "./context.js";
