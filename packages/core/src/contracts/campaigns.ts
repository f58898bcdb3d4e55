// PLACEHOLDER: contracts of the campaigns slice.
export {};
