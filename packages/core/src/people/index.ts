// Rules of the people feature: AIMS processes, the RACI matrix and competence (ISO/IEC 42001 5.3, 7.2).
export * from "./processes.js";
export * from "./raci.js";
export * from "./competence.js";
