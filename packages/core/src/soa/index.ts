// Statement of Applicability rules (ISO/IEC 42001 6.1.3 d–e, Annex A): pure, shared by server and web.
export * from "./soa-types.js";
export * from "./soa-derive.js";
export * from "./soa-checks.js";
export * from "./soa-diff.js";
export * from "./soa-evidence.js";
