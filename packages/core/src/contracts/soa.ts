// Contracts of the Statement of Applicability: filled in by the soa feature.
export {};
