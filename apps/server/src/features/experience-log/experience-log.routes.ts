import {
  ConclusionFollowedUp,
  ConclusionOwnersResponse,
  ExperienceLogQuery,
  ExperienceLogResponse,
  ExperienceTheme,
  ExperienceThemeCreate,
  ExperienceThemesResponse,
  ExperienceThemeUpdate,
  SteeringConclusionCreate,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import {
  conclusionOwners,
  markConclusionFollowedUp,
  recordConclusion,
} from "./conclusions.service";
import { experienceLog } from "./experience-log.service";
import { createTheme, reflectionChoices, updateTheme } from "./themes.service";

const tags = ["experience-log"];
const IdParams = z.object({ id: z.uuid() });

/** The experience log (issue 20.3): themes, reflections without names, the steering's loop. */
export function experienceLogRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/experience/themes",
    { schema: { tags, response: { 200: ExperienceThemesResponse } } },
    async (request) => reflectionChoices(db, actorOf(request)),
  );
  r.get(
    "/api/experience/log",
    { schema: { tags, querystring: ExperienceLogQuery, response: { 200: ExperienceLogResponse } } },
    async (request) => experienceLog(db, actorOf(request), request.query),
  );
  r.get(
    "/api/experience/conclusion-owners",
    { schema: { tags, response: { 200: ConclusionOwnersResponse } } },
    async (request) => conclusionOwners(db, actorOf(request)),
  );
  r.post(
    "/api/experience/conclusions",
    {
      schema: {
        tags,
        body: SteeringConclusionCreate,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordConclusion(db, actorOf(request), request.body)),
  );
  r.post(
    "/api/experience/conclusions/:id/followed-up",
    { schema: { tags, params: IdParams, body: ConclusionFollowedUp, response: { 204: z.null() } } },
    async (request, reply) => {
      await markConclusionFollowedUp(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
  r.post(
    "/api/admin/experience-themes",
    { schema: { tags, body: ExperienceThemeCreate, response: { 201: ExperienceTheme } } },
    async (request, reply) =>
      reply.status(201).send(await createTheme(db, actorOf(request), request.body)),
  );
  r.patch(
    "/api/admin/experience-themes/:id",
    {
      schema: {
        tags,
        params: IdParams,
        body: ExperienceThemeUpdate,
        response: { 200: ExperienceTheme },
      },
    },
    async (request) => updateTheme(db, actorOf(request), request.params.id, request.body),
  );
}
