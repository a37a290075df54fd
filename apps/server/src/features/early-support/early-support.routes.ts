import {
  CaseEarlySupport,
  EarlySupportChange,
  EarlySupportClose,
  EarlySupportDetail,
  EarlySupportList,
  EarlySupportNoteInput,
  EarlySupportSharing,
  IdParams,
  NewEarlySupport,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { getEarlySupport, listEarlySupport } from "./early-support-read";
import { caseEarlySupport, recordLaterSharing } from "./early-support-sharing";
import {
  addEarlySupportNote,
  changeEarlySupport,
  closeEarlySupport,
  createEarlySupport,
} from "./early-support.service";

const Created = z.object({ id: z.uuid() });

/** Early support before a case (issue 22, ADR 0041): the contact, its notes, closing it. */
export function earlySupportRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["early-support"];

  r.get(
    "/api/early-support",
    { schema: { tags, response: { 200: EarlySupportList } } },
    async (request) => ({ contacts: await listEarlySupport(db, actorOf(request)) }),
  );

  r.post(
    "/api/early-support",
    { schema: { tags, body: NewEarlySupport, response: { 201: Created } } },
    async (request, reply) =>
      reply.status(201).send({ id: await createEarlySupport(db, actorOf(request), request.body) }),
  );

  r.get(
    "/api/early-support/:id",
    { schema: { tags, params: IdParams, response: { 200: EarlySupportDetail } } },
    (request) => getEarlySupport(db, actorOf(request), request.params.id),
  );

  r.patch(
    "/api/early-support/:id",
    { schema: { tags, params: IdParams, body: EarlySupportChange, response: { 204: z.null() } } },
    async (request, reply) => {
      await changeEarlySupport(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/api/early-support/:id/notes",
    {
      schema: { tags, params: IdParams, body: EarlySupportNoteInput, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await addEarlySupportNote(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/api/early-support/:id/close",
    { schema: { tags, params: IdParams, body: EarlySupportClose, response: { 204: z.null() } } },
    async (request, reply) => {
      await closeEarlySupport(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/api/early-support/:id/sharing",
    {
      schema: { tags, params: IdParams, body: EarlySupportSharing, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await recordLaterSharing(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/cases/:id/early-support",
    { schema: { tags, params: IdParams, response: { 200: CaseEarlySupport } } },
    (request) => caseEarlySupport(db, actorOf(request), request.params.id),
  );
}
