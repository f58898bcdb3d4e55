// Filled in by the concerns feature.
export {};
