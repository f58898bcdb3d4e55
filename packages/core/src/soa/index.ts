// Statement of Applicability rules: filled in by the soa feature.
export {};
