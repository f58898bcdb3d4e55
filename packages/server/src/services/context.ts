import type { Role } from "@openaims/core";
import type { AimsDb } from "../db/client.js";

/** Who is acting: a signed-in user, or the system itself (CLI, jobs, setup). */
export type Actor =
  | { kind: "user"; userId: string; email: string; name: string; role: Role; businessUnitIds: string[] }
  | { kind: "system"; label: string };

export type ServiceContext = {
  db: AimsDb;
  actor: Actor;
  requestId: string | null;
};

/** The label stored in the audit trail for an actor. */
export function actorLabel(actor: Actor): string {
  return actor.kind === "user" ? actor.email : `system:${actor.label}`;
}

export function actorId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

export function systemContext(db: AimsDb, label: string): ServiceContext {
  return { db, actor: { kind: "system", label }, requestId: null };
}
