// Contracts of impact assessments: filled in by the impact-assessments feature.
export {};
