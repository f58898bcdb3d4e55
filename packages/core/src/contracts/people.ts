// Filled in by the people feature.
export {};
