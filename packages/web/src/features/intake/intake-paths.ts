/** Addresses of the intake pages (the server links inbox items to `/intake/<id>`). */
export const INTAKE_LIST_PATH = "/intake";
export const NEW_INTAKE_PATH = "/intake/new";
export const INBOX_PATH = "/inbox";

export function intakeRequestPath(id: string): string {
  return `${INTAKE_LIST_PATH}/${encodeURIComponent(id)}`;
}
