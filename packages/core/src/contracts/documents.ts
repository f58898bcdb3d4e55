// Filled in by the documents feature.
export {};
