// Rules of the documents feature (ISO/IEC 42001 7.5, 7.3, A.2.4).
export * from "./document-rules.js";
export * from "./document-diff.js";
export * from "./front-matter.js";
