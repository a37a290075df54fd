import { LoginRequest, LogoutResponse, SessionResponse, UpdateMeRequest } from "@kring/contracts";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../platform/http/app";
import { actorOf } from "../../platform/auth/auth-hooks";
import { SESSION_COOKIE, resolveSession } from "../../platform/auth/session";
import { setSessionCookie } from "../../platform/auth/session-cookie";
import { unauthorized } from "../../platform/http/errors";
import { login, logout, updateLocale } from "./auth.service";
import { loadSessionUser } from "./auth.repository";
import { accountRoutes } from "./account.routes";

export function authRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db, config } = deps;
  accountRoutes(app, deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["auth"];

  const setCookie = (reply: FastifyReply, token: string) => setSessionCookie(reply, config, token);

  r.post(
    "/api/auth/login",
    {
      config: {
        public: true,
        rateLimit: { max: config.login.ratePerMinute, timeWindow: "1 minute" },
      },
      schema: { tags, body: LoginRequest, response: { 200: SessionResponse } },
    },
    async (request, reply) => {
      // request.ip is the client: the peer, or what a trusted proxy says (TRUST_PROXY).
      const result = await login(db, config, request.body, request.ip);
      setCookie(reply, result.token);
      const session = await resolveSession(db, config, result.token);
      return {
        user: result.user,
        csrfToken: result.csrfToken,
        pending: session?.pending ?? null,
        secondFactor: session?.secondFactor ?? false,
      };
    },
  );

  r.get(
    "/api/auth/session",
    { config: { public: true }, schema: { tags, response: { 200: SessionResponse } } },
    async (request) => {
      const actor = request.actor;
      if (!actor || !request.sessionId) throw unauthorized();
      const row = await db
        .selectFrom("user_session as s")
        .innerJoin("app_user as u", "u.id", "s.user_id")
        .select(["s.csrf_token", "u.totp_confirmed_at"])
        .where("s.id", "=", request.sessionId)
        .executeTakeFirstOrThrow();
      return {
        user: await loadSessionUser(db, actor.tenantId, actor.userId),
        csrfToken: row.csrf_token,
        pending: request.pendingStep,
        secondFactor: !!row.totp_confirmed_at,
      };
    },
  );

  r.post(
    "/api/auth/logout",
    { config: { signInStep: "any" }, schema: { tags, response: { 200: LogoutResponse } } },
    async (request, reply) => {
      // A session an identity provider opened also ends there when it offers single logout.
      const redirect = await logout(deps, actorOf(request), request.sessionId!);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const, redirect };
    },
  );

  r.patch(
    "/api/auth/me",
    {
      config: { signInStep: "any" },
      schema: { tags, body: UpdateMeRequest, response: { 200: SessionResponse.shape.user } },
    },
    async (request) => updateLocale(db, actorOf(request), request.body.locale),
  );
}
