import type { BusinessUnit } from "@openaims/core";

/** The PATCH body for a business unit: the version read plus what changed; null if nothing. */
export function businessUnitChanges(
  original: BusinessUnit,
  values: { name: string; description: string },
): { version: number; name?: string; description?: string } | null {
  const body: { version: number; name?: string; description?: string } = { version: original.version };
  if (values.name.trim() !== original.name) body.name = values.name;
  if (values.description !== original.description) body.description = values.description;
  return Object.keys(body).length > 1 ? body : null;
}
