// Rules of the evidence feature.
export {};
