import {
  CaseEventResponse,
  CoordinationResponse,
  IdParams,
  NewGuardian,
  ReplaceContactPersonRequest,
  ReplaceCoordinatorRequest,
  RequestFamily,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import {
  coordinationList,
  replaceContactPerson,
  replaceCoordinator,
} from "./appointment-changes.service";
import { accessBasis } from "./case-access";
import { getCase } from "./cases.service";
import { addRequestGuardian, requestFamily } from "./raiser-completion.service";

const Created = z.object({ id: z.uuid() });

/**
 * Issue 17: the raiser completes a request not yet assessed (guardians and consent), and the
 * appointments of a running case are corrected: coordinators by the intake roles, the contact
 * person by a principal (ADR 0025).
 */
export function requestsRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["cases"];

  r.get(
    "/api/requests/:id/family",
    { schema: { tags, params: IdParams, response: { 200: RequestFamily } } },
    async (request) => requestFamily(db, actorOf(request), request.params.id),
  );

  r.post(
    "/api/requests/:id/guardians",
    { schema: { tags, params: IdParams, body: NewGuardian, response: { 201: Created } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addRequestGuardian(db, actorOf(request), request.params.id, request.body)),
  );

  r.get(
    "/api/cases/coordination",
    { schema: { tags, response: { 200: CoordinationResponse } } },
    async (request) => ({ cases: await coordinationList(db, actorOf(request)) }),
  );

  r.post(
    "/api/cases/:id/replace-coordinator",
    {
      schema: {
        tags,
        params: IdParams,
        body: ReplaceCoordinatorRequest,
        response: { 200: CaseEventResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const after = await replaceCoordinator(db, actor, request.params.id, request.body);
      // The intake role who replaced someone else sees the case only if in its network.
      const sees = (await accessBasis(db, actor, request.params.id)) === "network";
      return { ...after, case: sees ? await getCase(db, actor, request.params.id) : null };
    },
  );

  r.post(
    "/api/cases/:id/replace-contact-person",
    {
      schema: {
        tags,
        params: IdParams,
        body: ReplaceContactPersonRequest,
        response: { 200: CaseEventResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const after = await replaceContactPerson(db, actor, request.params.id, request.body);
      return { ...after, case: await getCase(db, actor, request.params.id) };
    },
  );
}
