export * from "./common.js";
export * from "./users.js";
export * from "./auth.js";
export * from "./business-units.js";
export * from "./audit.js";
export * from "./jobs.js";
