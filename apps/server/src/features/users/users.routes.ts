import {
  AddMembershipRequest,
  AdminUser,
  CreateUserRequest,
  IdParams,
  MembershipParams,
  ResetPasswordRequest,
  UpdateUserRequest,
  UserListQuery,
  UserListResponse,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import {
  addMembership,
  createUser,
  getUser,
  removeMembership,
  searchUsers,
  updateUser,
} from "./users.service";
import { resetPassword } from "./password-reset";
import { removeSecondFactor } from "./second-factor-removal";

export function usersRoutes(app: FastifyInstance, { db }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["users"];

  r.get(
    "/api/admin/users",
    { schema: { tags, querystring: UserListQuery, response: { 200: UserListResponse } } },
    async (request) => ({ users: await searchUsers(db, actorOf(request), request.query.q) }),
  );

  r.post(
    "/api/admin/users",
    { schema: { tags, body: CreateUserRequest, response: { 201: AdminUser } } },
    async (request, reply) =>
      reply.status(201).send(await createUser(db, actorOf(request), request.body)),
  );

  r.patch(
    "/api/admin/users/:id",
    { schema: { tags, params: IdParams, body: UpdateUserRequest, response: { 200: AdminUser } } },
    (request) => updateUser(db, actorOf(request), request.params.id, request.body),
  );

  r.post(
    "/api/admin/users/:id/password",
    {
      schema: { tags, params: IdParams, body: ResetPasswordRequest, response: { 200: AdminUser } },
    },
    async (request) => {
      const actor = actorOf(request);
      await resetPassword(db, actor, request.params.id, request.body.password);
      return getUser(db, actor.tenantId, request.params.id);
    },
  );

  // The phone and the recovery codes are lost: the user enrols a new app at the next sign-in.
  r.delete(
    "/api/admin/users/:id/second-factor",
    { schema: { tags, params: IdParams, response: { 200: AdminUser } } },
    async (request) => {
      const actor = actorOf(request);
      await removeSecondFactor(db, actor, request.params.id);
      return getUser(db, actor.tenantId, request.params.id);
    },
  );

  r.post(
    "/api/admin/users/:id/memberships",
    {
      schema: { tags, params: IdParams, body: AddMembershipRequest, response: { 201: AdminUser } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addMembership(db, actorOf(request), request.params.id, request.body)),
  );

  r.delete(
    "/api/admin/users/:id/memberships/:membershipId",
    { schema: { tags, params: MembershipParams, response: { 200: AdminUser } } },
    (request) =>
      removeMembership(db, actorOf(request), request.params.id, request.params.membershipId),
  );
}
