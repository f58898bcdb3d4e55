export * from "./errors/domain-error.js";
export * from "./permissions/matrix.js";
export * from "./permissions/render.js";
export * from "./contracts/index.js";
export * from "./audit/chain.js";
export * from "./paging/keys.js";
export * from "./paging/retry.js";
