import {
  AgreementResult,
  FamilyConsentAnswer,
  FamilyConsentParams,
  FamilyConsentsResponse,
  FamilyConsentWithdrawal,
  FamilyConsentWithdrawParams,
  FamilyConsentRequestsResponse,
  FamilyChildrenResponse,
  FamilyCommentRequest,
  FamilyParams,
  FamilyReadsResponse,
  FamilySupportRequestCreated,
  FamilySupportRequestInput,
  FamilySupportRequestsResponse,
  FamilyView,
  RevisionRequest,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { familyAgree, familyPrint, listFamilyChildren, postFamilyComment } from "./family.service";
import { answerConsentRequest, familyConsentRequests } from "./family-consent.service";
import { familyConsents, withdrawFamilyConsent } from "./family-consents.service";
import { familyReads } from "./family-reads.service";
import { familyRequests, raiseFamilyRequest } from "./family-support.service";
import { familyView } from "./family-view.service";
import { familyInvitation } from "./family-meetings";
import { sendInvitation } from "../cases/meetings.routes";

// The family view: guardians and the child see their own plan and nothing else of the case.
export function familyRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["family"];
  const child = "/api/family/children/:childId";

  r.get(
    "/api/family/children",
    { schema: { tags, response: { 200: FamilyChildrenResponse } } },
    (req) => listFamilyChildren(db, actorOf(req)),
  );
  r.get(child, { schema: { tags, params: FamilyParams, response: { 200: FamilyView } } }, (req) =>
    familyView(db, actorOf(req), req.params.childId),
  );
  r.get(
    `${child}/reads`,
    { schema: { tags, params: FamilyParams, response: { 200: FamilyReadsResponse } } },
    (req) => familyReads(db, actorOf(req), req.params.childId),
  );
  r.post(
    `${child}/comments`,
    {
      schema: {
        tags,
        params: FamilyParams,
        body: FamilyCommentRequest,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ id: await postFamilyComment(db, actorOf(req), req.params.childId, req.body.body) }),
  );
  r.post(
    `${child}/plan/agree`,
    {
      schema: {
        tags,
        params: FamilyParams,
        body: RevisionRequest,
        response: { 200: AgreementResult },
      },
    },
    (req) => familyAgree(db, actorOf(req), req.params.childId, req.body.revision),
  );
  r.get(
    `${child}/meetings/:meetingId/invitation`,
    { schema: { tags, params: FamilyParams.extend({ meetingId: z.uuid() }) } },
    async (req, reply) =>
      sendInvitation(
        reply,
        await familyInvitation(db, actorOf(req), req.params.childId, req.params.meetingId),
      ),
  );
  r.get(`${child}/plan/pdf`, { schema: { tags, params: FamilyParams } }, async (req, reply) =>
    reply
      .type("application/pdf")
      .header("content-disposition", 'inline; filename="min-plan.pdf"')
      .send(await familyPrint(db, actorOf(req), req.params.childId)),
  );
  // "Vi vill ha stöd": the guardians raise a request for the child and follow its status.
  r.get(
    `${child}/support-requests`,
    { schema: { tags, params: FamilyParams, response: { 200: FamilySupportRequestsResponse } } },
    (req) => familyRequests(db, actorOf(req), req.params.childId),
  );
  r.post(
    `${child}/support-requests`,
    {
      schema: {
        tags,
        params: FamilyParams,
        body: FamilySupportRequestInput,
        response: { 201: FamilySupportRequestCreated },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await raiseFamilyRequest(db, actorOf(req), req.params.childId, req.body)),
  );
  // Consent asked of the family: read what is asked, then give or refuse it (ADR 0020).
  r.get(
    `${child}/consent-requests`,
    { schema: { tags, params: FamilyParams, response: { 200: FamilyConsentRequestsResponse } } },
    (req) => familyConsentRequests(db, actorOf(req), req.params.childId),
  );
  r.post(
    `${child}/consent-requests/:requestId/answer`,
    {
      schema: {
        tags,
        params: FamilyConsentParams,
        body: FamilyConsentAnswer,
        response: { 200: z.object({ status: z.enum(["open", "given", "refused"]) }) },
      },
    },
    (req) =>
      answerConsentRequest(
        db,
        actorOf(req),
        req.params.childId,
        req.params.requestId,
        req.body.answer,
      ),
  );
  // Consents in force the viewer gave, and withdrawing one (the same way a professional does).
  r.get(
    `${child}/consents`,
    { schema: { tags, params: FamilyParams, response: { 200: FamilyConsentsResponse } } },
    (req) => familyConsents(db, actorOf(req), req.params.childId),
  );
  r.post(
    `${child}/consents/:consentId/withdraw`,
    {
      schema: {
        tags,
        params: FamilyConsentWithdrawParams,
        body: FamilyConsentWithdrawal,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await withdrawFamilyConsent(
        db,
        actorOf(req),
        req.params.childId,
        req.params.consentId,
        req.body.reason,
      );
      return reply.status(204).send(null);
    },
  );
}
