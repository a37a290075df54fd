import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Config } from "../config";
import type { Database } from "../db/schema";
import { AppError, unauthorized } from "../http/errors";
import type { Actor } from "./actor";
import { CSRF_HEADER, SESSION_COOKIE, type PendingStep, resolveSession } from "./session";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    /** A step the session must take before anything else (second factor, new password). */
    pendingStep: PendingStep | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, docs). */
    public?: boolean;
    /** Reachable while this sign-in step is pending (the route that takes it), or any step. */
    signInStep?: PendingStep | "any";
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every /api route needs a live session unless it is marked public, and every state-changing
 * request must echo the session's CSRF token in a header (cookies alone do not prove intent).
 */
export function installAuthHooks(app: FastifyInstance, db: Kysely<Database>, config: Config) {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionId", null);
  app.decorateRequest("pendingStep", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(db, config, token) : null;
    if (session) {
      request.actor = session.actor;
      request.sessionId = session.id;
      request.pendingStep = session.pending;
    }
    const route = request.routeOptions.url;
    // No route: the 404 handler answers. The browsable docs are public like the document.
    if (!route || route.startsWith("/api/docs") || request.routeOptions.config?.public) return;
    if (!session) throw unauthorized();
    const step = request.routeOptions.config?.signInStep;
    if (session.pending && step !== "any" && step !== session.pending) {
      throw new AppError(
        403,
        "sign_in_incomplete",
        "Slutför inloggningen först.",
        "Finish signing in first.",
        { step: session.pending },
      );
    }
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
      throw new AppError(
        403,
        "csrf",
        "Sidan behöver laddas om. Försök igen.",
        "The page needs to be reloaded. Try again.",
      );
    }
  });
}

/** The actor of an authenticated route (the hook has already refused anonymous requests). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}
