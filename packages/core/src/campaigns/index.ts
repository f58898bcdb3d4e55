export * from "./campaign-rules.js";
export * from "./campaign-compare.js";
