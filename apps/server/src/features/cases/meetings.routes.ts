import {
  CreateMeetingRequest,
  CreateMeetingResponse,
  MeetingDetail,
  MinutesCorrectionRequest,
  NetworkMapEntryInput,
  NetworkMapResponse,
  UpdateMeetingRequest,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { listEmergencyAccess, reviewEmergencyAccess } from "./emergency-review.service";
import { correctMinutes } from "./meeting-corrections.service";
import { meetingInvitation } from "./meeting-invitation";
import { createMeeting, getMeeting, updateMeeting } from "./meetings.service";
import { addNetworkMapEntry, getNetworkMap, removeNetworkMapEntry } from "./network-map.service";

const Created = z.object({ id: z.uuid() });
const CaseParams = z.object({ id: z.uuid() });
const MeetingParams = CaseParams.extend({ meetingId: z.uuid() });

export function meetingsRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["meetings"];

  r.post(
    "/api/cases/:id/meetings",
    {
      schema: {
        tags,
        params: CaseParams,
        body: CreateMeetingRequest,
        response: { 201: CreateMeetingResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createMeeting(db, actorOf(request), request.params.id, request.body)),
  );

  r.get(
    "/api/cases/:id/meetings/:meetingId",
    { schema: { tags, params: MeetingParams, response: { 200: MeetingDetail } } },
    (request) => getMeeting(db, actorOf(request), request.params.id, request.params.meetingId),
  );

  r.patch(
    "/api/cases/:id/meetings/:meetingId",
    {
      schema: {
        tags,
        params: MeetingParams,
        body: UpdateMeetingRequest,
        response: { 200: MeetingDetail },
      },
    },
    (request) =>
      updateMeeting(
        db,
        actorOf(request),
        request.params.id,
        request.params.meetingId,
        request.body,
      ),
  );

  r.post(
    "/api/cases/:id/meetings/:meetingId/corrections",
    {
      schema: {
        tags,
        params: MeetingParams,
        body: MinutesCorrectionRequest,
        response: { 201: MeetingDetail },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await correctMinutes(
            db,
            actorOf(request),
            request.params.id,
            request.params.meetingId,
            request.body,
          ),
        ),
  );

  r.get(
    "/api/cases/:id/meetings/:meetingId/invitations/:memberId",
    { schema: { tags, params: MeetingParams.extend({ memberId: z.uuid() }) } },
    async (request, reply) => {
      const ics = await meetingInvitation(
        db,
        actorOf(request),
        request.params.id,
        request.params.meetingId,
        request.params.memberId,
      );
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", 'attachment; filename="kring-mote.ics"')
        .send(ics);
    },
  );

  r.get(
    "/api/cases/:id/network-map",
    { schema: { tags, params: CaseParams, response: { 200: NetworkMapResponse } } },
    (request) => getNetworkMap(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/cases/:id/network-map",
    {
      schema: { tags, params: CaseParams, body: NetworkMapEntryInput, response: { 201: Created } },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await addNetworkMapEntry(db, actorOf(request), request.params.id, request.body),
      }),
  );

  r.delete(
    "/api/cases/:id/network-map/:entryId",
    {
      schema: {
        tags,
        params: CaseParams.extend({ entryId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeNetworkMapEntry(db, actorOf(request), request.params.id, request.params.entryId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/admin/emergency-access",
    {
      schema: {
        tags,
        response: {
          200: z.object({
            grants: z.array(
              z.object({
                id: z.uuid(),
                caseId: z.uuid(),
                userName: z.string(),
                category: z.string(),
                reason: z.string(),
                grantedAt: z.string(),
                expiresAt: z.string(),
                reviewedAt: z.string().nullable(),
                reviewedBy: z.string().nullable(),
                reads: z.array(
                  z.object({ at: z.string(), action: z.string(), entityType: z.string() }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ grants: await listEmergencyAccess(db, actorOf(request)) }),
  );

  r.post(
    "/api/admin/emergency-access/:id/review",
    { schema: { tags, params: CaseParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await reviewEmergencyAccess(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
