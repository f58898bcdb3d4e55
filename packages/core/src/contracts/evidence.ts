// Filled in by the evidence feature.
export {};
