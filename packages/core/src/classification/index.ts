export * from "./types.js";
export {
  CLASSIFICATION_RULES_VERSION,
  classificationDate,
  classifyAiSystem,
  obligationKeysOf,
} from "./classify.js";
export { coloradoVersionFor } from "./colorado.js";
export { allIndexedKeys, obligationEffectiveFrom } from "./obligations.js";
export { OBLIGATION_INDEX, type IndexedFramework, type IndexedRequirement } from "./obligation-index.js";
export { euRolesOf, usRolesOf, type EuRole, type UsRole } from "./roles.js";
