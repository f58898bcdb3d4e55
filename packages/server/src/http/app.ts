import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyInstance } from "fastify";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { DomainError } from "@openaims/core";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { collectRoutes, installAuth, type RouteRecord } from "./auth-hooks.js";
import { errorBody, handleError } from "./errors.js";
import { registerRoutes } from "./routes.js";
import { CatalogCache } from "../services/catalogs/catalog-cache.js";

export const WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

export type AppOptions = {
  database: Database;
  config: Config;
  version: string;
  /** Pino logger options; false silences logs (tests). */
  logger?: boolean | object;
  webDist?: string;
  /** In-memory catalog graph; one per process (created when not given). */
  catalogCache?: CatalogCache;
};

/** What route registrars receive. */
export type RouteDeps = AppOptions & { catalogCache: CatalogCache };

export type App = FastifyInstance & { aimsRoutes: RouteRecord[] };
export type TypedApp = ReturnType<FastifyInstance["withTypeProvider"]> & FastifyInstance;

/** Builds the HTTP application: API under /api, OpenAPI document and docs, and the web app. */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? {
      level: options.config.AIMS_LOG_LEVEL,
      redact: ["req.headers.authorization", "req.headers.cookie"],
    },
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
    routerOptions: { maxParamLength: 200 },
    // A URL the router cannot decode, or a path segment over maxParamLength, gets our error body too.
    frameworkErrors: (error, request, reply) => void handleError(error, request, reply),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // The API speaks JSON only: other bodies get 415 rather than a confusing type error.
  app.removeContentTypeParser("text/plain");
  refuseUnpairedSurrogates(app);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  const routes = collectRoutes(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "OpenAIMS API",
        version: options.version,
        description:
          "Run an AI Management System (ISO/IEC 42001). Authenticate with a session cookie or `Authorization: Bearer <token>`.",
      },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          session: { type: "apiKey", in: "cookie", name: "aims_session" },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true }, config: { permission: "public" } }, async () =>
    app.swagger(),
  );

  installAuth(app, options.database.db, options.config.AIMS_SESSION_HOURS);
  await registerRoutes(app, {
    ...options,
    catalogCache: options.catalogCache ?? new CatalogCache(options.database.db),
  });
  await registerWeb(app, options.webDist ?? WEB_DIST);
  return Object.assign(app, { aimsRoutes: routes }) as unknown as App;
}

/** A UTF-16 surrogate without its partner: valid as a JSON escape (`"\ud800"`), never valid Unicode. */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function holdsUnpairedSurrogate(value: unknown): boolean {
  const pending = [value]; // a loop, not recursion: bodies may nest thousands of levels deep
  while (pending.length) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (UNPAIRED_SURROGATE.test(item)) return true;
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        if (UNPAIRED_SURROGATE.test(key)) return true;
        pending.push(child);
      }
    }
  }
  return false;
}

/**
 * PostgreSQL keeps text as UTF-8, which cannot hold an unpaired surrogate: jsonb refuses it (a 500)
 * and text columns would store U+FFFD instead. JSON bodies holding one are refused with a 400.
 */
function refuseUnpairedSurrogates(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) =>
    parseJson(request, body.toString(), (error, value) => {
      if (error) return done(error, undefined);
      if (holdsUnpairedSurrogate(value))
        return done(
          new DomainError(
            "VALIDATION_FAILED",
            "the body holds text that is not valid Unicode (an unpaired surrogate)",
          ),
          undefined,
        );
      done(null, value);
    }),
  );
}

/** Serves the built single-page app; unknown paths outside /api get its index.html. */
async function registerWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = existsSync(`${webDist}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api")) {
      return reply
        .code(404)
        .send(errorBody("NOT_FOUND", `no API route ${request.method} ${request.url.split("?")[0]}`));
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      return reply
        .code(404)
        .send(errorBody("NOT_FOUND", `no route ${request.method} ${request.url.split("?")[0]}`));
    }
    if (!hasWeb) {
      return reply.type("text/plain").send("The web app is not built. Run `npm run build`, then reload.");
    }
    return reply.sendFile("index.html");
  });
}
