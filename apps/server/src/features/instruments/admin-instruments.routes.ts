import {
  InstrumentSettings,
  InstrumentWordingFile,
  UpdateInstrumentSettings,
  WordingLoaded,
  WordingStatus,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { readInstrumentSettings, updateInstrumentSettings } from "./instrument-settings";
import { loadWording, wordingStatus } from "./wording.service";

/** The tenant administrator's settings: licensed wording, schedule and cut-offs. */
export function adminInstrumentsRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["admin"];

  r.get(
    "/api/admin/instrument-wording",
    { schema: { tags, response: { 200: WordingStatus } } },
    async (request) => ({ loaded: await wordingStatus(db, actorOf(request)) }),
  );

  r.post(
    "/api/admin/instrument-wording",
    {
      schema: {
        tags,
        body: InstrumentWordingFile,
        response: { 200: WordingLoaded },
      },
    },
    (request) => loadWording(db, actorOf(request), request.body),
  );

  r.get(
    "/api/admin/instrument-settings",
    { schema: { tags, response: { 200: InstrumentSettings } } },
    (request) => readInstrumentSettings(db, actorOf(request)),
  );

  r.patch(
    "/api/admin/instrument-settings",
    {
      schema: { tags, body: UpdateInstrumentSettings, response: { 200: InstrumentSettings } },
    },
    (request) => updateInstrumentSettings(db, actorOf(request), request.body),
  );
}
