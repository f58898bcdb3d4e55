// Filled in by the resources feature.
export {};
