import {
  AddMemberRequest,
  AttachmentUpload,
  CaseDetail,
  CaseEventRequest,
  CaseEventResponse,
  CaseListQuery,
  CaseListResponse,
  ConsentInput,
  EmergencyAccessRequest,
  EmergencyPolicy,
  IdParams,
  MyRequestsResponse,
  RegisterRequest,
  ReopenCaseRequest,
  WithdrawConsentRequest,
  WorklistResponse,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { downloadAttachment, uploadAttachment } from "./attachments.service";
import { accessBasis } from "./case-access";
import { applyCaseEvent } from "./case-events.service";
import { listCases } from "./case-list.service";
import { addMember, removeMember } from "./case-members.service";
import { getCase, registerRequest } from "./cases.service";
import { addConsent, withdrawConsent } from "./consent.service";
import { emergencyPolicy, grantEmergencyAccess } from "./emergency.service";
import { myRequests } from "./raiser-status.service";
import { reopenCase } from "./reopen.service";
import { worklist } from "./worklist.service";

const Created = z.object({ id: z.uuid() });
const CaseParams = z.object({ id: z.uuid() });
const AttachmentParams = CaseParams.extend({ attachmentId: z.uuid() });

export function casesRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["cases"];

  r.get(
    "/api/worklist",
    { schema: { tags, response: { 200: WorklistResponse } } },
    async (request) => ({
      items: await worklist(db, actorOf(request)),
    }),
  );

  r.get(
    "/api/cases",
    { schema: { tags, querystring: CaseListQuery, response: { 200: CaseListResponse } } },
    (request) => listCases(db, actorOf(request), "mine", request.query),
  );

  r.get(
    "/api/cases/intake",
    { schema: { tags, querystring: CaseListQuery, response: { 200: CaseListResponse } } },
    (request) => listCases(db, actorOf(request), "intake", request.query),
  );

  r.post(
    "/api/cases",
    { schema: { tags, body: RegisterRequest, response: { 201: Created } } },
    async (request, reply) =>
      reply.status(201).send({ id: await registerRequest(db, actorOf(request), request.body) }),
  );

  r.get(
    "/api/cases/:id",
    { schema: { tags, params: IdParams, response: { 200: CaseDetail } } },
    (request) => getCase(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/cases/:id/events",
    {
      schema: {
        tags,
        params: IdParams,
        body: CaseEventRequest,
        response: { 200: CaseEventResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const after = await applyCaseEvent(db, actor, request.params.id, request.body);
      // The raiser's view holds the status only (e.g. after sending their request).
      const basis = await accessBasis(db, actor, request.params.id);
      const stillVisible = basis !== null && basis !== "raised";
      return { ...after, case: stillVisible ? await getCase(db, actor, request.params.id) : null };
    },
  );

  r.post(
    "/api/cases/:id/members",
    { schema: { tags, params: IdParams, body: AddMemberRequest, response: { 204: z.null() } } },
    async (request, reply) => {
      await addMember(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  r.delete(
    "/api/cases/:id/members/:memberId",
    {
      schema: {
        tags,
        params: CaseParams.extend({ memberId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeMember(db, actorOf(request), request.params.id, request.params.memberId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/api/cases/:id/consents",
    { schema: { tags, params: IdParams, body: ConsentInput, response: { 201: Created } } },
    async (request, reply) =>
      reply
        .status(201)
        .send({ id: await addConsent(db, actorOf(request), request.params.id, request.body) }),
  );

  r.post(
    "/api/cases/:id/consents/:consentId/withdraw",
    {
      schema: {
        tags,
        params: CaseParams.extend({ consentId: z.uuid() }),
        body: WithdrawConsentRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await withdrawConsent(
        db,
        actorOf(request),
        request.params.id,
        request.params.consentId,
        request.body.reason,
      );
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/api/cases/:id/emergency-access",
    {
      schema: { tags, params: IdParams, body: EmergencyAccessRequest, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await grantEmergencyAccess(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/emergency-access/policy",
    { schema: { tags, response: { 200: EmergencyPolicy } } },
    (request) => emergencyPolicy(db, actorOf(request)),
  );

  r.post(
    "/api/cases/:id/reopen",
    {
      schema: {
        tags,
        params: IdParams,
        body: ReopenCaseRequest,
        response: { 200: CaseEventResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const after = await reopenCase(db, actor, request.params.id, request.body);
      return { ...after, case: await getCase(db, actor, request.params.id) };
    },
  );

  r.get(
    "/api/requests/mine",
    { schema: { tags, response: { 200: MyRequestsResponse } } },
    async (request) => ({ requests: await myRequests(db, actorOf(request)) }),
  );

  r.post(
    "/api/cases/:id/attachments",
    { schema: { tags, params: IdParams, body: AttachmentUpload, response: { 201: Created } } },
    async (request, reply) =>
      reply.status(201).send({
        id: await uploadAttachment(db, actorOf(request), request.params.id, request.body),
      }),
  );

  r.get(
    "/api/cases/:id/attachments/:attachmentId",
    { schema: { tags, params: AttachmentParams } },
    async (request, reply) => {
      const file = await downloadAttachment(
        db,
        actorOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .type(file.contentType)
        .header(
          "content-disposition",
          `attachment; filename="${encodeURIComponent(file.filename)}"`,
        )
        .send(file.data);
    },
  );
}
