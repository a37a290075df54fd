import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { recordAudit } from "./audit";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Routes whose :id (or :childId) names a child, and routes whose :id names a case.
const CHILD_ROUTES = [
  "/api/children/:id",
  "/api/attendance/pupils/:id",
  "/api/family/children/:childId",
];
const CASE_ROUTES = ["/api/cases/:id", "/api/requests/:id", "/api/admin/retention/holds/:id"];

const under = (route: string, prefixes: string[]) =>
  prefixes.some((p) => route === p || route.startsWith(`${p}/`));

/** The child a refused request was about, when its route names one (or one's case). */
async function childOf(
  db: Kysely<Database>,
  tenantId: string,
  route: string,
  params: Record<string, unknown>,
): Promise<string | null> {
  const id = [params.id, params.childId].find((v): v is string => typeof v === "string");
  if (!id || !UUID.test(id)) return null;
  if (under(route, CHILD_ROUTES)) {
    const child = await db
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", tenantId)
      .where("id", "=", id)
      .executeTakeFirst();
    return child?.id ?? null;
  }
  if (under(route, CASE_ROUTES)) {
    const found = await db
      .selectFrom("cases")
      .select("child_id")
      .where("tenant_id", "=", tenantId)
      .where("id", "=", id)
      .executeTakeFirst();
    return found?.child_id ?? null;
  }
  return null;
}

function problemCode(payload: unknown): string | null {
  if (typeof payload !== "string") return null;
  try {
    // problem+json carries `code`; a FHIR OperationOutcome carries it in its first issue.
    const body = JSON.parse(payload) as {
      code?: unknown;
      issue?: { details?: { coding?: { code?: unknown }[] } }[];
    };
    const code = body.code ?? body.issue?.[0]?.details?.coding?.[0]?.code;
    return typeof code === "string" ? code : null;
  } catch {
    return null;
  }
}

async function auditRefusal(db: Kysely<Database>, request: FastifyRequest, payload: unknown) {
  const actor = request.actor!;
  const route = request.routeOptions.url ?? "unknown";
  const params = (request.params ?? {}) as Record<string, unknown>;
  await db.transaction().execute(async (trx) => {
    const childId = await childOf(trx, actor.tenantId, route, params);
    await recordAudit(trx, actor, {
      action: "access.refused",
      entityType: "route",
      entityId: typeof params.id === "string" && UUID.test(params.id) ? params.id : null,
      childId,
      // The route's pattern, never its filled-in URL: no personal data in the entry's text.
      details: { method: request.method, route, code: problemCode(payload) },
    });
  });
}

/**
 * Every refused request of a logged-in user (403) is audited: who tried what, and about which
 * child. Written in a transaction of its own, because the request's transaction rolled back.
 */
export function installRefusalAudit(app: FastifyInstance, db: Kysely<Database>) {
  app.addHook("onSend", async (request, reply, payload) => {
    if (reply.statusCode !== 403 || !request.actor || !request.url.startsWith("/api/"))
      return payload;
    try {
      await auditRefusal(db, request, payload);
    } catch (err) {
      // The refusal stands whether or not it could be written down; the failure is logged.
      request.log.error({ err }, "could not audit a refused request");
    }
    return payload;
  });
}
