import { writeFileSync } from "node:fs";
import { renderPermissionMatrix } from "@openaims/core";

/** Writes docs/permissions.md from the matrix in core. */
const target = new URL("../../../../docs/permissions.md", import.meta.url);
writeFileSync(target, renderPermissionMatrix());
console.log(`wrote ${target.pathname}`);
