export * from "./template-model.js";
export * from "./templates.js";
export * from "./answers.js";
export * from "./scoring.js";
export * from "./prefill.js";
export * from "./triggers.js";
export * from "./lifecycle.js";
