// Rules of the concerns feature (ISO/IEC 42001 A.3.3).
export {};
