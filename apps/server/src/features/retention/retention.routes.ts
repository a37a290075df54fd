import {
  ExtractQuery,
  IdParams,
  LegalHoldRequest,
  RetentionOverview,
  RetentionRuleParams,
  RetentionRuleUpdate,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { extractPdf } from "../extract/extract-pdf";
import { registerExtract } from "../extract/extract.service";
import {
  archiveCopy,
  liftHold,
  placeHold,
  retentionOverview,
  setRule,
} from "./retention-admin.service";
import { startNightlyRetention } from "./retention-nightly";
import { stockholmDate } from "@kring/domain/cases";

/** Retention and register extracts, for administrators (issue #21.3-4, ADR 0037). */
export function retentionRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db, config } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["retention"];
  // The nightly run starts in the serving process only, as the attendance evaluation does.
  let stop = () => {};
  app.addHook("onListen", () => {
    stop = startNightlyRetention(db, app.log, config.nightly, { uploadDir: config.uploadDir });
  });
  app.addHook("onClose", () => stop());

  r.get(
    "/api/admin/retention",
    { schema: { tags, response: { 200: RetentionOverview } } },
    (request) => retentionOverview(db, actorOf(request), new Date(), config.nightly.hour),
  );

  r.post(
    "/api/admin/retention/rules/:rule",
    { schema: { tags, params: RetentionRuleParams, body: RetentionRuleUpdate } },
    async (request, reply) => {
      await setRule(db, actorOf(request), request.params.rule, request.body.amount, new Date());
      return reply.status(204).send();
    },
  );

  r.post(
    "/api/admin/retention/holds/:id",
    { schema: { tags, params: IdParams, body: LegalHoldRequest } },
    async (request, reply) => {
      await placeHold(db, actorOf(request), request.params.id, request.body.reason, new Date());
      return reply.status(204).send();
    },
  );

  r.delete(
    "/api/admin/retention/holds/:id",
    { schema: { tags, params: IdParams } },
    async (request, reply) => {
      await liftHold(db, actorOf(request), request.params.id, new Date());
      return reply.status(204).send();
    },
  );

  r.get("/api/admin/retention/archive", { schema: { tags } }, async (request, reply) => {
    const archive = await archiveCopy(db, actorOf(request));
    const day = stockholmDate(new Date());
    return reply
      .type("application/x-tar")
      .header("content-disposition", `attachment; filename="kring-arkivkopia-${day}.tar"`)
      .send(archive);
  });

  r.get(
    "/api/admin/register-extract",
    { schema: { tags, querystring: ExtractQuery } },
    async (request, reply) => {
      const { kind, id, format } = request.query;
      const extract = await registerExtract(db, actorOf(request), kind, id, format);
      if (format === "json") return reply.type("application/json").send(extract);
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="registerutdrag-${id}.pdf"`)
        .send(await extractPdf(extract));
    },
  );
}
