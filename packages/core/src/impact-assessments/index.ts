// Impact-assessment templates and rules: filled in by the impact-assessments feature.
export {};
