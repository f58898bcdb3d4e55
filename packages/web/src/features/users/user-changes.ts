/** What the user form sends: only what changed, and unit grants only where they apply. */
import { SCOPABLE_ROLES, type CreateUser, type Role, type UpdateUser, type User } from "@openaims/core";

export type UserFormValues = {
  name: string;
  email: string;
  role: Role;
  password: string;
  businessUnitIds: string[];
};

/** Whether a role's access can be limited to some business units (core: SCOPABLE_ROLES). */
export function isScopable(role: Role): boolean {
  return SCOPABLE_ROLES.includes(role);
}

/** The body of POST /api/v1/users; other roles than contributor/viewer get no unit grants. */
export function createUserBody(values: UserFormValues): CreateUser {
  return {
    name: values.name,
    email: values.email,
    role: values.role,
    password: values.password,
    businessUnitIds: isScopable(values.role) ? values.businessUnitIds : [],
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * The body of PATCH /api/v1/users/:id: the version read plus the fields that differ. Moving to
 * a role that cannot be scoped clears the unit grants. Null when nothing changed.
 */
export function userChanges(
  original: User,
  values: Pick<UserFormValues, "name" | "role" | "businessUnitIds">,
): UpdateUser | null {
  const body: UpdateUser = { version: original.version };
  if (values.name.trim() !== original.name) body.name = values.name;
  if (values.role !== original.role) body.role = values.role;
  const units = isScopable(values.role) ? values.businessUnitIds : [];
  if (!sameSet(units, original.businessUnitIds)) body.businessUnitIds = units;
  return Object.keys(body).length > 1 ? body : null;
}
