import type { FastifyReply } from "fastify";
import type { Config } from "../config";
import { SESSION_COOKIE } from "./session";

/** The session cookie, the same for every way of signing in (password, identity provider). */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: config.cookieSecure,
    maxAge: config.session.absoluteHours * 3600,
  });
}
