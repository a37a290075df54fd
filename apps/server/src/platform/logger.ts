import type { FastifyServerOptions } from "fastify";
import { loggableError } from "./db/database-errors";

// Structured JSON logs. Requests are logged by method, route and status only: URLs, bodies and
// cookies can carry personal data, so they are never written. Errors are logged by kind, code and
// stack only: a database error carries the statement's parameters and the refused value.
/** `stream`: where the lines go (standard output unless given; tests capture them). */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): FastifyServerOptions["logger"] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: ["req.headers.cookie", "req.headers.authorization"], remove: true },
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: loggableError,
    },
  };
}
