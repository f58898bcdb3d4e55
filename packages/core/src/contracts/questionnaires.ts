// PLACEHOLDER: contracts of the questionnaires slice.
export {};
