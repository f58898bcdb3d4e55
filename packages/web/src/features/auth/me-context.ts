import type { Me, Permission } from "@openaims/core";
import { createContext, useContext } from "react";

/** The signed-in person inside the app shell (RequireAuth provides it). */
export const MeContext = createContext<Me | null>(null);

/** The signed-in person; only for components under RequireAuth. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe() used outside RequireAuth");
  return me;
}

/** Whether the server granted the signed-in person a permission (it enforces it anyway). */
export function useCan(permission: Permission): boolean {
  return hasPermission(useMe(), permission);
}

/** Whether `me` holds a permission, as the server listed in `Me.permissions`. */
export function hasPermission(me: Pick<Me, "permissions">, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export const ME_QUERY_KEY = ["me"] as const;
