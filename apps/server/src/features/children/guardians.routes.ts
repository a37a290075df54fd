import {
  AddGuardianRequest,
  ChildGuardians,
  GuardianChildFound,
  GuardianChildLookup,
  GuardianParams,
  IdParams,
  UpdateGuardianRequest,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import {
  addChildGuardian,
  childGuardians,
  findChildForGuardians,
  removeChildGuardian,
  updateChildGuardian,
} from "./guardians.service";

// The child's guardians, kept by the administrator and the intake roles (ADR 0044).
export function guardianRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["children"];
  const one = "/api/children/:id/guardians/:guardianId";

  // POST, so that the personal number never ends up in a URL or an access log.
  r.post(
    "/api/guardian-keeping/find-child",
    { schema: { tags, body: GuardianChildLookup, response: { 200: GuardianChildFound } } },
    (req) => findChildForGuardians(db, actorOf(req), req.body),
  );
  r.get(
    "/api/children/:id/guardians",
    { schema: { tags, params: IdParams, response: { 200: ChildGuardians } } },
    (req) => childGuardians(db, actorOf(req), req.params.id),
  );
  r.post(
    "/api/children/:id/guardians",
    {
      schema: {
        tags,
        params: IdParams,
        body: AddGuardianRequest,
        response: { 201: ChildGuardians },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addChildGuardian(db, actorOf(req), req.params.id, req.body)),
  );
  r.patch(
    one,
    {
      schema: {
        tags,
        params: GuardianParams,
        body: UpdateGuardianRequest,
        response: { 200: ChildGuardians },
      },
    },
    (req) => updateChildGuardian(db, actorOf(req), req.params.id, req.params.guardianId, req.body),
  );
  r.delete(
    one,
    { schema: { tags, params: GuardianParams, response: { 200: ChildGuardians } } },
    (req) => removeChildGuardian(db, actorOf(req), req.params.id, req.params.guardianId),
  );
}
