import {
  CreateAreaRequest,
  CreateOrganisationRequest,
  CreateUnitRequest,
  IdParams,
  StructureResponse,
  UnitPeopleResponse,
  UpdateUnitRequest,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import { loadStructure } from "./organisation.repository";
import { unitPeople } from "./unit-people.service";
import { createArea, createOrganisation, createUnit, updateUnit } from "./organisation.service";

const Created = z.object({ id: z.uuid() });

export function organisationRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["organisation"];

  // The structure (organisations, areas, units) is not personal data: every user may read it.
  r.get("/api/structure", { schema: { tags, response: { 200: StructureResponse } } }, (request) =>
    loadStructure(db, actorOf(request).tenantId),
  );

  r.get(
    "/api/units/:id/people",
    { schema: { tags, params: IdParams, response: { 200: UnitPeopleResponse } } },
    async (request) => ({ people: await unitPeople(db, actorOf(request), request.params.id) }),
  );

  r.post(
    "/api/admin/organisations",
    { schema: { tags, body: CreateOrganisationRequest, response: { 201: Created } } },
    async (request, reply) => {
      const id = await createOrganisation(db, actorOf(request), request.body);
      return reply.status(201).send({ id });
    },
  );

  r.post(
    "/api/admin/areas",
    { schema: { tags, body: CreateAreaRequest, response: { 201: Created } } },
    async (request, reply) => {
      const id = await createArea(db, actorOf(request), request.body);
      return reply.status(201).send({ id });
    },
  );

  r.post(
    "/api/admin/units",
    { schema: { tags, body: CreateUnitRequest, response: { 201: Created } } },
    async (request, reply) => {
      const id = await createUnit(db, actorOf(request), request.body);
      return reply.status(201).send({ id });
    },
  );

  r.patch(
    "/api/admin/units/:id",
    { schema: { tags, params: IdParams, body: UpdateUnitRequest, response: { 204: z.null() } } },
    async (request, reply) => {
      await updateUnit(db, actorOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
}
