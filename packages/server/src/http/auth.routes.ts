import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ChangePasswordRequest,
  LoginRequest,
  Me,
  ROLE_PERMISSIONS,
  SetupRequest,
  SetupStatus,
  type User,
} from "@openaims/core";
import type { AppOptions } from "./app.js";
import { contextOf, SESSION_COOKIE } from "./auth-hooks.js";
import { errorResponses } from "./responses.js";
import { login, changePassword } from "../services/auth/login.js";
import { completeSetup, isSetupRequired } from "../services/auth/setup.js";
import { deleteSession } from "../services/auth/sessions.js";
import { getUser } from "../services/users/users-service.js";
import { recordAudit } from "../services/audit/record-audit.js";

const me = (user: User, csrfToken: string | null) => ({
  user,
  permissions: [...ROLE_PERMISSIONS[user.role]],
  csrfToken,
});

export function registerAuthRoutes(app: FastifyInstance, { database, config }: AppOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const hours = config.AIMS_SESSION_HOURS;
  const setSession = (reply: FastifyReply, secret: string) =>
    reply.setCookie(SESSION_COOKIE, secret, {
      httpOnly: true,
      sameSite: "lax",
      secure: config.AIMS_COOKIE_SECURE,
      path: "/",
      maxAge: Math.round(hours * 3600),
    });

  r.get(
    "/api/v1/setup",
    {
      schema: {
        tags: ["auth"],
        summary: "Whether first-run setup is needed",
        response: { 200: SetupStatus },
      },
      config: { permission: "public" },
    },
    async () => ({ required: await isSetupRequired(db) }),
  );

  r.post(
    "/api/v1/setup",
    {
      schema: {
        tags: ["auth"],
        summary: "Create the first administrator with the setup token",
        body: SetupRequest,
        response: { 201: Me, ...errorResponses },
      },
      config: { permission: "public" },
    },
    async (request, reply) => {
      const result = await completeSetup(db, request.body, hours, request.id);
      setSession(reply, result.secret);
      return reply.code(201).send(me(result.user, result.csrfToken));
    },
  );

  r.post(
    "/api/v1/auth/login",
    {
      schema: {
        tags: ["auth"],
        summary: "Sign in with email and password",
        body: LoginRequest,
        response: { 200: Me, ...errorResponses },
      },
      config: { permission: "public" },
    },
    async (request, reply) => {
      const result = await login(
        db,
        request.body,
        request.ip,
        { maxFailures: config.AIMS_LOGIN_MAX_FAILURES, sessionHours: hours },
        request.id,
      );
      // A session the browser still carried ends here: signing in never keeps a session id that
      // existed before (OWASP session management: renew the id on authentication).
      if (request.sessionSecret) await deleteSession(db, request.sessionSecret);
      setSession(reply, result.secret);
      return me(result.user, result.csrfToken);
    },
  );

  r.post(
    "/api/v1/auth/logout",
    {
      schema: {
        tags: ["auth"],
        summary: "Sign out of this session",
        response: { 204: z.null(), ...errorResponses },
      },
      config: { permission: "authenticated" },
    },
    async (request, reply) => {
      if (request.sessionSecret) {
        const secret = request.sessionSecret;
        await db.transaction(async (tx) => {
          await deleteSession(tx, secret);
          await recordAudit(tx, contextOf(request, db), {
            action: "auth.signed_out",
            entityType: "user",
            entityId: request.auth!.actor.userId,
          });
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  r.get(
    "/api/v1/auth/me",
    {
      schema: {
        tags: ["auth"],
        summary: "The signed-in user, permissions and CSRF token",
        response: { 200: Me, ...errorResponses },
      },
      config: { permission: "authenticated" },
    },
    async (request) => me(await getUser(db, request.auth!.actor.userId), request.auth!.csrfToken),
  );

  r.post(
    "/api/v1/auth/password",
    {
      schema: {
        tags: ["auth"],
        summary: "Change your password (signs out your other sessions)",
        body: ChangePasswordRequest,
        response: { 204: z.null(), ...errorResponses },
      },
      config: { permission: "authenticated" },
    },
    async (request, reply) => {
      await changePassword(
        contextOf(request, db),
        request.auth!.actor.userId,
        request.body,
        request.sessionSecret,
      );
      return reply.code(204).send(null);
    },
  );
}
