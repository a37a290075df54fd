import {
  CivilDate,
  CollaborationCaseRequest,
  ConcernReportRequest,
  EscalationCreated,
  IdParams,
  NoticeDone,
  NoticeList,
  PupilList,
  PupilTerm,
  Statistics,
  StatisticsQuery,
  TaskDone,
  TaskList,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { attendanceAdminRoutes } from "./attendance-admin.routes";
import { startNightlyEvaluation } from "./evaluation/nightly";
import { openCollaborationCase, recordConcernReport } from "./views/escalation.service";
import { markNotified, sameDayNotices } from "./views/notices.service";
import { listPupils } from "./views/pupil-list.service";
import { pupilTerm } from "./views/pupil-term.service";
import { MIN_GROUP_SIZE, attendanceStatistics } from "./views/statistics.service";
import { completeTask, myTasks } from "./views/tasks.service";

const TermQuery = z.object({ term: CivilDate.optional() });

/** Attendance for the people who follow pupils: lists, a pupil's term, notices and tasks. */
export function attendanceRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["attendance"];
  attendanceAdminRoutes(app, deps);
  // The nightly evaluation runs in the serving process only (not in tests or the CLI).
  let stopNightly = () => {};
  app.addHook("onListen", () => {
    stopNightly = startNightlyEvaluation(db, app.log, deps.config.nightly);
  });
  app.addHook("onClose", () => stopNightly());

  r.get(
    "/api/attendance/pupils",
    { schema: { tags, response: { 200: PupilList } } },
    async (request) => ({
      pupils: await listPupils(db, actorOf(request), "mine"),
    }),
  );

  r.get(
    "/api/attendance/caseload",
    { schema: { tags, response: { 200: PupilList } } },
    async (request) => ({
      pupils: await listPupils(db, actorOf(request), "caseload"),
    }),
  );

  r.get(
    "/api/attendance/pupils/:id",
    { schema: { tags, params: IdParams, querystring: TermQuery, response: { 200: PupilTerm } } },
    (request) => pupilTerm(db, actorOf(request), request.params.id, request.query.term),
  );

  r.post(
    "/api/attendance/pupils/:id/collaboration-case",
    {
      schema: {
        tags,
        params: IdParams,
        body: CollaborationCaseRequest,
        response: { 201: EscalationCreated },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await openCollaborationCase(db, actorOf(request), request.params.id, request.body)),
  );

  r.post(
    "/api/attendance/pupils/:id/concern-report",
    {
      schema: {
        tags,
        params: IdParams,
        body: ConcernReportRequest,
        response: { 201: EscalationCreated },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordConcernReport(db, actorOf(request), request.params.id, request.body.summary),
        ),
  );

  r.get(
    "/api/attendance/notices",
    { schema: { tags, response: { 200: NoticeList } } },
    async (request) => ({
      notices: await sameDayNotices(db, actorOf(request)),
    }),
  );

  r.post(
    "/api/attendance/notices",
    { schema: { tags, body: NoticeDone, response: { 204: z.null() } } },
    async (request, reply) => {
      const { childId, date, note } = request.body;
      await markNotified(db, actorOf(request), childId, date, note);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/attendance/tasks",
    { schema: { tags, response: { 200: TaskList } } },
    async (request) => ({
      tasks: await myTasks(db, actorOf(request)),
    }),
  );

  r.post(
    "/api/attendance/tasks/:id/done",
    {
      schema: { tags, params: IdParams, body: TaskDone.optional(), response: { 204: z.null() } },
    },
    async (request, reply) => {
      await completeTask(db, actorOf(request), request.params.id, request.body?.note);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/attendance/statistics",
    { schema: { tags, querystring: StatisticsQuery, response: { 200: Statistics } } },
    async (request) => ({
      by: request.query.by,
      minGroupSize: MIN_GROUP_SIZE,
      rows: await attendanceStatistics(db, actorOf(request), request.query.by),
    }),
  );
}
