export * from "./evidence-state.js";
