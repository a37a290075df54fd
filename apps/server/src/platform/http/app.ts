import fs from "node:fs";
import path from "node:path";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Config } from "../config";
import type { Database } from "../db/schema";
import type { DatabaseKind } from "../db/connect";
import { installRefusalAudit } from "../audit/refusals";
import { installAuthHooks } from "../auth/auth-hooks";
import { loggerOptions } from "../logger";
import { BODY_LIMIT, errorHandler, notFoundHandler } from "./errors";
import { databaseRateLimitStore } from "./rate-limit-store";
import { registerFeatures } from "../../features";

export interface AppDeps {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  config: Config;
  /** Where log lines go; standard output unless given (tests capture the log). */
  logStream?: { write(line: string): void };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps.config.logLevel, deps.logStream),
    // Only the listed proxies may name the client (X-Forwarded-For); by default none may, so a
    // client cannot pick its own address to escape the login rate limit.
    trustProxy: deps.config.trustProxy.length > 0 ? deps.config.trustProxy : false,
    bodyLimit: BODY_LIMIT,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline style attributes on components.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(deps.db) });
  await app.register(swagger, {
    openapi: {
      info: { title: "Kring API", version: "0.1.0", description: "Samordnat stöd runt barnet." },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { deepLinking: false } });
  installAuthHooks(app, deps.db, deps.config);
  // Everything under /api may carry personal data (JSON, PDF, FHIR, ICS, CSV): no cache, shared
  // or the browser's own, may keep a copy.
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });
  installRefusalAudit(app, deps.db);

  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, () =>
    app.swagger(),
  );
  await registerFeatures(app, deps);
  serveWebApp(app, deps.config.webDist);
  return app;
}

// The built web app (ADR 0023), with every other non-API path answered by index.html (client-side
// routes). The build writes .br and .gz beside each file; the one the browser accepts is sent,
// with Vary: Accept-Encoding. Files under /assets/ carry a content hash in their name and never
// change: browsers keep them a year. index.html and the rest are revalidated on every load, so a
// new release is picked up at once. Source maps are never served, even if a build left some.
export const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

function serveWebApp(app: FastifyInstance, webDist: string) {
  const hasWeb = fs.existsSync(path.join(webDist, "index.html"));
  if (hasWeb)
    app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      globIgnore: ["**/*.map", "**/*.br", "**/*.gz"],
      setHeaders: (reply, filePath) => {
        const underAssets = path.relative(webDist, filePath).startsWith(`assets${path.sep}`);
        reply.header("cache-control", underAssets ? IMMUTABLE : REVALIDATE);
      },
    });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0]!;
    // A missing asset (an old release's chunk, a source map) is a 404, not the app's page.
    const page = !url.startsWith("/api/") && !url.startsWith("/assets/");
    if (hasWeb && request.method === "GET" && page) {
      return reply.type("text/html").sendFile("index.html");
    }
    return notFoundHandler(request, reply);
  });
}
