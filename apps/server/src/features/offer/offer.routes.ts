import {
  CreateOfferEntryRequest,
  CreateSessionRequest,
  DeclineSuggestionRequest,
  EndParticipationRequest,
  EnrolRequest,
  IdParams,
  NeedTagList,
  OfferEntryDetail,
  OfferSearchQuery,
  OfferSearchResponse,
  OpenSuggestionsResponse,
  PupilSuggestionsResponse,
  RecordAttendanceRequest,
  SuggestActivityRequest,
  UpdateOfferEntryRequest,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { createEntry, entryDetail, updateEntry } from "./offer-entry.service";
import { needTags, setNeedTags } from "./offer-needs";
import { declineSuggestion, endParticipation, enrolChild } from "./offer-participants.service";
import { searchOffer } from "./offer-search.service";
import { createSession, recordAttendance } from "./offer-sessions.service";
import { openSuggestions, pupilSuggestions, suggestActivity } from "./offer-suggestions.service";
import { requireOfferReader } from "./offer.policy";

const Created = z.object({ id: z.uuid() });
const Nothing = { 204: z.null() };

/** The joint offer (insatskatalog) and its leisure activities, issue #22. */
export function offerRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["offer"];

  r.get(
    "/api/offer",
    { schema: { tags, querystring: OfferSearchQuery, response: { 200: OfferSearchResponse } } },
    (req) => searchOffer(db, actorOf(req), req.query),
  );
  r.post(
    "/api/offer",
    { schema: { tags, body: CreateOfferEntryRequest, response: { 201: Created } } },
    async (req, reply) =>
      reply.status(201).send({ id: await createEntry(db, actorOf(req), req.body) }),
  );
  r.get("/api/offer/needs", { schema: { tags, response: { 200: NeedTagList } } }, async (req) => {
    const actor = actorOf(req);
    requireOfferReader(actor);
    return { tags: await needTags(db, actor.tenantId) };
  });
  r.put(
    "/api/offer/needs",
    { schema: { tags, body: NeedTagList, response: { 200: NeedTagList } } },
    (req) => setNeedTags(db, actorOf(req), req.body.tags),
  );
  r.get(
    "/api/offer/suggestions",
    { schema: { tags, response: { 200: OpenSuggestionsResponse } } },
    (req) => openSuggestions(db, actorOf(req)),
  );
  r.get(
    "/api/offer/:id",
    { schema: { tags, params: IdParams, response: { 200: OfferEntryDetail } } },
    (req) => entryDetail(db, actorOf(req), req.params.id),
  );
  r.patch(
    "/api/offer/:id",
    { schema: { tags, params: IdParams, body: UpdateOfferEntryRequest, response: Nothing } },
    async (req, reply) => {
      await updateEntry(db, actorOf(req), req.params.id, req.body);
      return reply.status(204).send(null);
    },
  );
  r.post(
    "/api/offer/:id/participants",
    { schema: { tags, params: IdParams, body: EnrolRequest, response: { 201: Created } } },
    async (req, reply) =>
      reply.status(201).send({ id: await enrolChild(db, actorOf(req), req.params.id, req.body) }),
  );
  r.post(
    "/api/offer/:id/participants/:participantId/end",
    {
      schema: {
        tags,
        params: IdParams.extend({ participantId: z.uuid() }),
        body: EndParticipationRequest.optional(),
        response: Nothing,
      },
    },
    async (req, reply) => {
      const { id, participantId } = req.params;
      await endParticipation(db, actorOf(req), id, participantId, req.body?.endedOn);
      return reply.status(204).send(null);
    },
  );
  r.post(
    "/api/offer/:id/sessions",
    { schema: { tags, params: IdParams, body: CreateSessionRequest, response: { 201: Created } } },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await createSession(db, actorOf(req), req.params.id, req.body) }),
  );
  r.put(
    "/api/offer/:id/sessions/:sessionId/attendance",
    {
      schema: {
        tags,
        params: IdParams.extend({ sessionId: z.uuid() }),
        body: RecordAttendanceRequest,
        response: Nothing,
      },
    },
    async (req, reply) => {
      await recordAttendance(db, actorOf(req), req.params.id, req.params.sessionId, req.body);
      return reply.status(204).send(null);
    },
  );
  r.post(
    "/api/offer/:id/suggestions/:suggestionId/decline",
    {
      schema: {
        tags,
        params: IdParams.extend({ suggestionId: z.uuid() }),
        body: DeclineSuggestionRequest,
        response: Nothing,
      },
    },
    async (req, reply) => {
      const { id, suggestionId } = req.params;
      await declineSuggestion(db, actorOf(req), id, suggestionId, req.body);
      return reply.status(204).send(null);
    },
  );
  r.get(
    "/api/attendance/pupils/:id/offer-suggestions",
    { schema: { tags, params: IdParams, response: { 200: PupilSuggestionsResponse } } },
    (req) => pupilSuggestions(db, actorOf(req), req.params.id),
  );
  r.post(
    "/api/attendance/pupils/:id/offer-suggestions",
    {
      schema: { tags, params: IdParams, body: SuggestActivityRequest, response: { 201: Created } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await suggestActivity(db, actorOf(req), req.params.id, req.body) }),
  );
}
