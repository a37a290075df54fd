import {
  EvaluateRequest,
  EvaluationSummary,
  IdParams,
  ImportList,
  ImportRequest,
  ImportStarted,
  ImportStatus,
  StaircaseDraft,
  StaircaseList,
  StaircasePreview,
  StaircaseSaved,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import { requireRole } from "../../platform/auth/actor";
import type { AppDeps } from "../../platform/http/app";
import { evaluateAttendance } from "./evaluation/evaluation.service";
import { fileInMemory } from "./import/import-files";
import { ImportJobs } from "./import/import-jobs";
import {
  STAIRCASE_PRESETS,
  listStaircases,
  previewStaircase,
  saveStaircase,
} from "./staircase/staircase.service";

/** The administrator's side: the staircase as data, imports and evaluation on demand. */
export function attendanceAdminRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["attendance"];
  const jobs = new ImportJobs(db, (error) => app.log.error({ err: error }, "import failed"));

  r.get(
    "/api/attendance/staircases",
    { schema: { tags, response: { 200: StaircaseList } } },
    async (request) => {
      const actor = actorOf(request);
      const saved = await listStaircases(db, actor);
      const schools = await db
        .selectFrom("unit")
        .select(["id", "name"])
        .where("tenant_id", "=", actor.tenantId)
        .where("kind", "=", "school")
        .orderBy("name")
        .execute();
      return { presets: [...STAIRCASE_PRESETS], saved, schools };
    },
  );

  r.post(
    "/api/attendance/staircases/preview",
    { schema: { tags, body: StaircaseDraft, response: { 200: StaircasePreview } } },
    (request) =>
      previewStaircase(db, actorOf(request), {
        unitId: request.body.unitId,
        staircase: request.body.staircase,
      }),
  );

  r.post(
    "/api/attendance/staircases",
    { schema: { tags, body: StaircaseDraft, response: { 200: StaircaseSaved } } },
    (request) =>
      saveStaircase(db, actorOf(request), {
        unitId: request.body.unitId,
        staircase: request.body.staircase,
      }),
  );

  r.post(
    "/api/attendance/evaluate",
    { schema: { tags, body: EvaluateRequest, response: { 200: EvaluationSummary } } },
    (request) => {
      const actor = actorOf(request);
      requireRole(actor, "administrator");
      return evaluateAttendance(db, actor, { mode: request.body.mode });
    },
  );

  r.post(
    "/api/attendance/imports",
    { schema: { tags, body: ImportRequest, response: { 202: ImportStarted } } },
    async (request, reply) => {
      const files = request.body.files.map((f) => fileInMemory(f.name, f.content));
      const id = jobs.start(actorOf(request), request.body.format, files);
      return reply.status(202).send({ id });
    },
  );

  r.get(
    "/api/attendance/imports",
    { schema: { tags, response: { 200: ImportList } } },
    (request) => ({ imports: jobs.list(actorOf(request)) }),
  );

  r.get(
    "/api/attendance/imports/:id",
    { schema: { tags, params: IdParams, response: { 200: ImportStatus } } },
    (request) => jobs.status(actorOf(request), request.params.id),
  );
}
