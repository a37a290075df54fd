import {
  AttendanceRequest,
  CancelMeetingRequest,
  CreateMeetingRequest,
  DecisionDoneRequest,
  CreateMeetingResponse,
  MeetingDetail,
  MinutesCorrectionRequest,
  NetworkMapEntryInput,
  NetworkMapResponse,
  RescheduleMeetingRequest,
  UpdateMeetingRequest,
} from "@kring/contracts";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { listEmergencyAccess, reviewEmergencyAccess } from "./emergency-review.service";
import { correctMinutes } from "./meeting-corrections.service";
import { cancelMeeting, recordAttendance, rescheduleMeeting } from "./meeting-changes.service";
import { markDecisionDone } from "./meeting-decisions";
import { inviteFamilyToMeeting } from "./meeting-family";
import { type InvitationMessage, meetingInvitation } from "./meeting-invitation";
import { markNoticeSeen } from "./meeting-notices";
import { createMeeting, getMeeting, updateMeeting } from "./meetings.service";
import { addNetworkMapEntry, getNetworkMap, removeNetworkMapEntry } from "./network-map.service";

const Created = z.object({ id: z.uuid() });

/** An invitation as a file: REQUEST or CANCEL, named so that the download says which. */
export const sendInvitation = (reply: FastifyReply, message: InvitationMessage) =>
  reply
    .type(`text/calendar; charset=utf-8; method=${message.method}`)
    .header("content-disposition", `attachment; filename="${message.filename}"`)
    .send(message.ics);

/** Cancel, move, invite the family, record attendance, a decision done, a notice seen. */
function meetingChangeRoutes(app: FastifyInstance, db: AppDeps["db"]) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["meetings"];
  const one = "/api/cases/:id/meetings/:meetingId";
  const reply = { 200: MeetingDetail };
  r.post(
    `${one}/cancel`,
    { schema: { tags, params: MeetingParams, body: CancelMeetingRequest, response: reply } },
    (q) => cancelMeeting(db, actorOf(q), q.params.id, q.params.meetingId, q.body),
  );
  r.post(
    `${one}/reschedule`,
    { schema: { tags, params: MeetingParams, body: RescheduleMeetingRequest, response: reply } },
    (q) => rescheduleMeeting(db, actorOf(q), q.params.id, q.params.meetingId, q.body),
  );
  r.post(
    `${one}/family-invitees`,
    { schema: { tags, params: MeetingParams, response: reply } },
    (q) => inviteFamilyToMeeting(db, actorOf(q), q.params.id, q.params.meetingId),
  );
  r.post(
    `${one}/attendance`,
    { schema: { tags, params: MeetingParams, body: AttendanceRequest, response: reply } },
    (q) => recordAttendance(db, actorOf(q), q.params.id, q.params.meetingId, q.body),
  );
  r.post(
    "/api/cases/:id/decision-tasks/:taskId/done",
    {
      schema: {
        tags,
        params: CaseParams.extend({ taskId: z.uuid() }),
        body: DecisionDoneRequest,
        response: { 204: z.null() },
      },
    },
    async (q, res) => {
      await markDecisionDone(db, actorOf(q), q.params.id, q.params.taskId, q.body);
      return res.status(204).send(null);
    },
  );
  r.post(
    "/api/meeting-notices/:noticeId/seen",
    {
      schema: { tags, params: z.object({ noticeId: z.uuid() }), response: { 204: z.null() } },
    },
    async (q, res) => {
      await db.transaction().execute((trx) => markNoticeSeen(trx, actorOf(q), q.params.noticeId));
      return res.status(204).send(null);
    },
  );
}
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
    async (request, reply) =>
      sendInvitation(
        reply,
        await meetingInvitation(db, actorOf(request), request.params.id, request.params.meetingId, {
          kind: "member",
          memberId: request.params.memberId,
        }),
      ),
  );

  r.get(
    "/api/cases/:id/meetings/:meetingId/family-invitations/:inviteeId",
    { schema: { tags, params: MeetingParams.extend({ inviteeId: z.uuid() }) } },
    async (request, reply) =>
      sendInvitation(
        reply,
        await meetingInvitation(db, actorOf(request), request.params.id, request.params.meetingId, {
          kind: "family",
          familyInviteeId: request.params.inviteeId,
        }),
      ),
  );

  meetingChangeRoutes(app, db);

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
