export * from "./evidence-state.js";
export * from "./evidence-files.js";
export * from "./evidence-dates.js";
