export * from "./vendor-model.js";
export * from "./vendor-dates.js";
export * from "./vendor-attention.js";
