import type { FastifyInstance, FastifyRequest } from "fastify";
import { canAccess, DomainError, type RouteAccess } from "@openaims/core";
import type { AimsDb } from "../db/client.js";
import { authenticateSession, authenticateToken, type Authenticated } from "../services/auth/sessions.js";
import type { ServiceContext } from "../services/context.js";
import { installVendorLinkAuth } from "./vendor-link-auth.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** What a caller needs: a permission from the matrix, "authenticated", "public" or "vendor-link". */
    permission?: RouteAccess;
  }
  interface FastifyRequest {
    auth: Authenticated | null;
    sessionSecret: string | null;
  }
}

export const SESSION_COOKIE = "aims_session";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type RouteRecord = { method: string; url: string; permission: RouteAccess };

/** Routes added by the API-docs plugin are public by nature and declare nothing themselves. */
const isDocsRoute = (url: string) =>
  url === "/api/docs" || url.startsWith("/api/docs/") || url === "/api/openapi.json";

/**
 * Records every API route with its declared permission and refuses to register one without it,
 * so an unguarded route cannot ship. The role × route test walks this table.
 */
export function collectRoutes(app: FastifyInstance): RouteRecord[] {
  const routes: RouteRecord[] = [];
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/")) return;
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== "HEAD");
    let permission = route.config?.permission;
    if (!permission && isDocsRoute(route.url)) {
      permission = "public";
      route.config = { ...(route.config ?? {}), permission };
    }
    if (!permission) throw new Error(`route ${methods.join(",")} ${route.url} declares no permission`);
    // Public and portal routes take no user credentials: say so in the OpenAPI document (portal
    // routes document their link header instead).
    if ((permission === "public" || permission === "vendor-link") && route.schema)
      route.schema = { ...route.schema, security: [] } as typeof route.schema;
    for (const method of methods) routes.push({ method, url: route.url, permission });
  });
  return routes;
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const [scheme, value] = header.split(" ");
  if (scheme?.toLowerCase() !== "bearer" || !value) {
    throw new DomainError("UNAUTHENTICATED", "the Authorization header must be `Bearer <token>`");
  }
  return value;
}

/**
 * Authenticates each request (token or session cookie), then enforces the route's permission and CSRF.
 * Vendor portal routes skip all of it: their link token is checked by `installVendorLinkAuth`.
 */
export function installAuth(app: FastifyInstance, db: AimsDb, sessionHours: number): void {
  app.decorateRequest("auth", null);
  app.decorateRequest("sessionSecret", null);
  installVendorLinkAuth(app, db);
  app.addHook("onRequest", async (request) => {
    const access = request.routeOptions.config?.permission;
    if (!access) return; // static files and the SPA
    if (access === "vendor-link") return; // no cookie, no bearer token: only the link (and no CSRF)
    const token = bearerToken(request);
    if (token) {
      request.auth = await authenticateToken(db, token);
      if (!request.auth)
        throw new DomainError("UNAUTHENTICATED", "the API token is invalid, expired or revoked");
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        request.auth = await authenticateSession(db, cookie, sessionHours);
        request.sessionSecret = request.auth ? cookie : null;
      }
    }
    if (access === "public") return;
    if (!request.auth) throw new DomainError("UNAUTHENTICATED", "sign in or send an API token");
    if (!canAccess(request.auth.actor.role, access)) {
      throw new DomainError(
        "FORBIDDEN",
        `your role (${request.auth.actor.role}) does not allow this (${access})`,
      );
    }
    if (request.auth.via === "session" && !SAFE_METHODS.has(request.method)) {
      if (request.headers[CSRF_HEADER] !== request.auth.csrfToken) {
        throw new DomainError(
          "CSRF_FAILED",
          `send the ${CSRF_HEADER} header from /api/v1/auth/me with every change`,
        );
      }
    }
  });
}

/** The service context of an authenticated request. */
export function contextOf(request: FastifyRequest, db: AimsDb): ServiceContext {
  if (!request.auth) throw new DomainError("UNAUTHENTICATED", "sign in or send an API token");
  return { db, actor: request.auth.actor, requestId: request.id };
}
