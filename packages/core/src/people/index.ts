// Rules of the people feature.
export {};
