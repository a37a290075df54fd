import {
  ChildLogRequest,
  FindingsRequest,
  FindingsResponse,
  LogResponse,
  LogReviewSettings,
  LogReviewSettingsPatch,
  MarkParams,
  MarkRequest,
  ReviewMark,
  UserLogRequest,
} from "@kring/contracts";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { findings } from "./findings.service";
import { EXPORT_LIMIT, childLog, userLog } from "./logs.service";
import { markReviewed } from "./marks.service";
import { findingsCsv, logCsv } from "./review-csv";
import { getReviewSettings, updateReviewSettings } from "./review-settings";

// Access-log review (logguppföljning, issue #21), for log reviewers and administrators. The
// person asked about travels in the body, never in the URL (no personal numbers in access logs).
export function logReviewRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["log-review"];
  const base = "/api/log-review";
  const sendCsv = (reply: FastifyReply, name: string, body: string) =>
    reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="${name}.csv"`)
      .send(body);

  r.post(
    `${base}/child`,
    { schema: { tags, body: ChildLogRequest, response: { 200: LogResponse } } },
    (req) => childLog(db, actorOf(req), req.body),
  );
  r.post(`${base}/child/export`, { schema: { tags, body: ChildLogRequest } }, async (req, reply) =>
    sendCsv(
      reply,
      "logg-barn",
      logCsv((await childLog(db, actorOf(req), req.body, EXPORT_LIMIT)).entries),
    ),
  );
  r.post(
    `${base}/user`,
    { schema: { tags, body: UserLogRequest, response: { 200: LogResponse } } },
    (req) => userLog(db, actorOf(req), req.body),
  );
  r.post(`${base}/user/export`, { schema: { tags, body: UserLogRequest } }, async (req, reply) =>
    sendCsv(
      reply,
      "logg-anvandare",
      logCsv((await userLog(db, actorOf(req), req.body, EXPORT_LIMIT)).entries),
    ),
  );
  r.post(
    `${base}/findings`,
    { schema: { tags, body: FindingsRequest, response: { 200: FindingsResponse } } },
    (req) => findings(db, actorOf(req), req.body),
  );
  r.post(
    `${base}/findings/export`,
    { schema: { tags, body: FindingsRequest } },
    async (req, reply) =>
      sendCsv(
        reply,
        "avvikelser",
        findingsCsv((await findings(db, actorOf(req), req.body, EXPORT_LIMIT)).findings),
      ),
  );
  r.post(
    `${base}/marks/:seq`,
    { schema: { tags, params: MarkParams, body: MarkRequest, response: { 200: ReviewMark } } },
    (req) => markReviewed(db, actorOf(req), req.params.seq, req.body.comment),
  );
  r.get(`${base}/settings`, { schema: { tags, response: { 200: LogReviewSettings } } }, (req) =>
    getReviewSettings(db, actorOf(req)),
  );
  r.patch(
    `${base}/settings`,
    { schema: { tags, body: LogReviewSettingsPatch, response: { 200: LogReviewSettings } } },
    (req) => updateReviewSettings(db, actorOf(req), req.body),
  );
}
