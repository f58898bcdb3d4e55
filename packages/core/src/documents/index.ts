// Rules of the documents feature.
export {};
