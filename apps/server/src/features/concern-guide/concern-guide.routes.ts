import { ConcernGuide, ConcernGuideTexts } from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { readConcernGuide, saveConcernGuide } from "./concern-guide.service";

/** "När du känner oro" (issue 22.5): read by every professional, edited by the administrator. */
export function concernGuideRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["concern-guide"];

  r.get("/api/concern-guide", { schema: { tags, response: { 200: ConcernGuide } } }, (request) =>
    readConcernGuide(db, actorOf(request)),
  );

  r.put(
    "/api/admin/concern-guide",
    { schema: { tags, body: ConcernGuideTexts, response: { 200: ConcernGuide } } },
    (request) => saveConcernGuide(db, actorOf(request), request.body),
  );
}
