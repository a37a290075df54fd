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
  UploadQuery,
  UploadedFile,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import { Readable } from "node:stream";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import { requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { AppDeps } from "../../platform/http/app";
import { AppError } from "../../platform/http/errors";
import { evaluateAttendance } from "./evaluation/evaluation.service";
import { fileInMemory } from "./import/import-files";
import { ImportJobs } from "./import/import-jobs";
import { UploadStore } from "./import/upload-store";
import {
  STAIRCASE_PRESETS,
  listStaircases,
  previewStaircase,
  saveStaircase,
} from "./staircase/staircase.service";

/** The administrator's side: the staircase as data, imports and evaluation on demand. */
export function attendanceAdminRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["attendance"];
  const jobs = new ImportJobs(db, (error) => app.log.error({ err: error }, "import failed"));
  const uploads = new UploadStore(db, config.uploadDir);
  app.addHook("onClose", () => uploads.close());
  // A file for an import arrives as the raw request body and is streamed to disk (upload-store.ts).
  app.addContentTypeParser("application/octet-stream", (_request, payload, done) => {
    done(null, payload);
  });

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
    "/api/attendance/import-files",
    { schema: { tags, querystring: UploadQuery, response: { 201: UploadedFile } } },
    async (request, reply) => {
      const actor = actorOf(request);
      // The file is the raw body; JSON or no body at all is not a file (said to administrators).
      requireRole(actor, "administrator");
      if (!(request.body instanceof Readable)) throw notAFile();
      const saved = await uploads.save(actor, request.query.name, request.body);
      // Personal data on the server's disk until it is imported: who sent how much, not what.
      await db.transaction().execute((trx) =>
        recordAudit(trx, actor, {
          action: "attendance.upload",
          entityType: "attendance_upload",
          entityId: saved.id,
          details: { bytes: saved.size },
        }),
      );
      return reply.status(201).send(saved);
    },
  );

  r.post(
    "/api/attendance/imports",
    { schema: { tags, body: ImportRequest, response: { 202: ImportStarted } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const sent = request.body.files.map((f) => fileInMemory(f.name, f.content));
      const uploaded = await uploads.take(actor, request.body.uploads);
      const id = await jobs.start(actor, request.body.format, [...sent, ...uploaded.files], () =>
        uploaded.discard(),
      );
      return reply.status(202).send({ id });
    },
  );

  r.get(
    "/api/attendance/imports",
    { schema: { tags, response: { 200: ImportList } } },
    async (request) => ({ imports: await jobs.list(actorOf(request)) }),
  );

  r.get(
    "/api/attendance/imports/:id",
    { schema: { tags, params: IdParams, response: { 200: ImportStatus } } },
    (request) => jobs.status(actorOf(request), request.params.id),
  );
}

const notAFile = () =>
  new AppError(
    415,
    "unsupported_media_type",
    "Skicka filen som application/octet-stream.",
    "Send the file as application/octet-stream.",
  );
