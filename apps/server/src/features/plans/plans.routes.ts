import {
  QueryInt,
  Text,
  ActionNoteRequest,
  AgreementResult,
  CompareQuery,
  CompareResponse,
  DecideHandoverRequest,
  FollowUpRequest,
  HandoverListResponse,
  IdParams,
  PlanDetail,
  ProposeHandoverRequest,
  RecordAgreementRequest,
  RevisionRequest,
  SaveDraftRequest,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { recordAgreement } from "./plan-agreement.service";
import { proposeDraft, saveDraft, startDraft } from "./plan-draft.service";
import { planFhir, planPrint } from "./plan-export.service";
import { addActionNote, recordFollowUp } from "./plan-follow-up.service";
import { decideHandover } from "./plan-handover-decision.service";
import { incomingHandovers, proposeHandover } from "./plan-handover.service";
import { compareVersions, getPlanDetail } from "./plan-read.service";

const Revision = z.object({ revision: z.number().int() });
const Created = z.object({ id: z.uuid() });
const PrintQuery = z.object({
  edition: z.enum(["family", "professional"]).default("professional"),
  version: QueryInt().optional(),
});

export function plansRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["plans"];
  const base = "/api/cases/:id/plan";

  r.get(base, { schema: { tags, params: IdParams, response: { 200: PlanDetail } } }, (req) =>
    getPlanDetail(db, actorOf(req), req.params.id),
  );
  r.post(
    `${base}/draft`,
    { schema: { tags, params: IdParams, response: { 201: Revision } } },
    async (req, reply) =>
      reply.status(201).send({ revision: await startDraft(db, actorOf(req), req.params.id) }),
  );
  r.patch(
    `${base}/draft`,
    { schema: { tags, params: IdParams, body: SaveDraftRequest, response: { 200: Revision } } },
    async (req) => ({
      revision: await saveDraft(
        db,
        actorOf(req),
        req.params.id,
        req.body.revision,
        req.body.content,
      ),
    }),
  );
  r.post(
    `${base}/draft/propose`,
    { schema: { tags, params: IdParams, body: RevisionRequest, response: { 204: z.null() } } },
    async (req, reply) => {
      await proposeDraft(db, actorOf(req), req.params.id, req.body.revision);
      return reply.status(204).send(null);
    },
  );
  r.post(
    `${base}/draft/agreements`,
    {
      schema: {
        tags,
        params: IdParams,
        body: RecordAgreementRequest,
        response: { 200: AgreementResult },
      },
    },
    (req) => recordAgreement(db, actorOf(req), req.params.id, req.body.revision, req.body.parties),
  );
  r.get(
    `${base}/compare`,
    {
      schema: {
        tags,
        params: IdParams,
        querystring: CompareQuery,
        response: { 200: CompareResponse },
      },
    },
    (req) => compareVersions(db, actorOf(req), req.params.id, req.query.a, req.query.b),
  );
  r.post(
    `${base}/follow-ups`,
    { schema: { tags, params: IdParams, body: FollowUpRequest, response: { 201: Created } } },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await recordFollowUp(db, actorOf(req), req.params.id, req.body) }),
  );
  r.post(
    `${base}/actions/:actionId/notes`,
    {
      schema: {
        tags,
        params: IdParams.extend({ actionId: Text(64) }),
        body: ActionNoteRequest,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await addActionNote(db, actorOf(req), req.params.id, req.params.actionId, req.body);
      return reply.status(204).send(null);
    },
  );
  r.get(
    `${base}/pdf`,
    { schema: { tags, params: IdParams, querystring: PrintQuery } },
    async (req, reply) => {
      const pdf = await planPrint(
        db,
        actorOf(req),
        req.params.id,
        req.query.edition,
        req.query.version,
      );
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="plan-${req.query.edition}.pdf"`)
        .send(pdf);
    },
  );
  r.get(
    `${base}/fhir`,
    { schema: { tags, params: IdParams, querystring: PrintQuery.pick({ version: true }) } },
    async (req, reply) =>
      reply
        .type("application/fhir+json")
        .send(await planFhir(db, actorOf(req), req.params.id, req.query.version)),
  );
  r.post(
    `${base}/handovers`,
    {
      schema: { tags, params: IdParams, body: ProposeHandoverRequest, response: { 201: Created } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await proposeHandover(db, actorOf(req), req.params.id, req.body) }),
  );
  r.get(
    "/api/plan-handovers/incoming",
    { schema: { tags, response: { 200: HandoverListResponse } } },
    async (req) => ({
      handovers: await incomingHandovers(db, actorOf(req)),
    }),
  );
  r.post(
    "/api/plan-handovers/:id/decision",
    {
      schema: {
        tags,
        params: IdParams,
        body: DecideHandoverRequest,
        response: { 200: z.object({ status: z.string() }) },
      },
    },
    async (req) => ({ status: await decideHandover(db, actorOf(req), req.params.id, req.body) }),
  );
}
