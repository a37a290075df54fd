import {
  CaseInstrumentsResponse,
  InstrumentAnswers,
  InstrumentRequestDetail,
  SendInstrumentRequest,
  SubmitResponseResult,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { caseInstruments, requestDetail, submitInCase } from "./case-instruments.service";
import { caseFhirExport } from "./fhir.service";
import { cancelRequest, sendRequest } from "./send.service";

const CaseParams = z.object({ id: z.uuid() });
const RequestParams = CaseParams.extend({ requestId: z.uuid() });
export const LanguageQuery = z.object({ language: z.enum(["sv", "en"]).optional() });

export function instrumentsRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["instruments"];

  r.get(
    "/api/cases/:id/instruments",
    { schema: { tags, params: CaseParams, response: { 200: CaseInstrumentsResponse } } },
    (request) => caseInstruments(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/cases/:id/instruments/requests",
    {
      schema: {
        tags,
        params: CaseParams,
        body: SendInstrumentRequest,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ id: await sendRequest(db, actorOf(request), request.params.id, request.body) }),
  );

  r.get(
    "/api/cases/:id/instruments/requests/:requestId",
    {
      schema: {
        tags,
        params: RequestParams,
        querystring: LanguageQuery,
        response: { 200: InstrumentRequestDetail },
      },
    },
    (request) => {
      const actor = actorOf(request);
      const { id, requestId } = request.params;
      return requestDetail(db, actor, id, requestId, request.query.language ?? actor.locale);
    },
  );

  r.post(
    "/api/cases/:id/instruments/requests/:requestId/cancel",
    { schema: { tags, params: RequestParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await cancelRequest(db, actorOf(request), request.params.id, request.params.requestId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/api/cases/:id/instruments/requests/:requestId/response",
    {
      schema: {
        tags,
        params: RequestParams,
        body: InstrumentAnswers,
        response: { 201: SubmitResponseResult },
      },
    },
    async (request, reply) => {
      const { id, requestId } = request.params;
      const result = await submitInCase(db, actorOf(request), id, requestId, request.body);
      return reply.status(201).send(result);
    },
  );

  r.get(
    "/api/cases/:id/instruments/fhir",
    { schema: { tags, params: CaseParams } },
    async (request, reply) =>
      reply
        .type("application/fhir+json")
        .send(await caseFhirExport(db, actorOf(request), request.params.id)),
  );
}
