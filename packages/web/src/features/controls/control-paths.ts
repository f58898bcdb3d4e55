/** Addresses of the control pages. */
export const CONTROL_LIBRARY_PATH = "/controls/library";
export const STARTER_LIBRARY_PATH = "/controls/starter";
export const NEW_CONTROL_PATH = `${CONTROL_LIBRARY_PATH}/new`;

export function controlPath(id: string): string {
  return `${CONTROL_LIBRARY_PATH}/${encodeURIComponent(id)}`;
}
