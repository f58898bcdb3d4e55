// PLACEHOLDER: contracts of the vendors slice.
export {};
