import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  IdParams,
  Ok,
  ProviderBody,
  ProviderCheckResponse,
  ProviderGroupsBody,
  ProviderView,
  SignInAdminResponse,
  SignInSettingsBody,
} from "@kring/contracts";
import { actorOf } from "../../platform/auth/auth-hooks";
import type { AppDeps } from "../../platform/http/app";
import {
  checkProvider,
  createProvider,
  deleteProvider,
  replaceGroups,
  signInAdmin,
  updateProvider,
  updateSignInSettings,
} from "./sign-in-admin.service";

/** Administration → Inloggning: the tenant's identity providers and sign-in switches. */
export function signInAdminRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["admin"];
  const base = "/api/admin/sign-in";
  r.get(base, { schema: { tags, response: { 200: SignInAdminResponse } } }, async (request) =>
    signInAdmin(deps, actorOf(request)),
  );
  r.patch(
    `${base}/settings`,
    { schema: { tags, body: SignInSettingsBody, response: { 200: SignInAdminResponse } } },
    async (request) => updateSignInSettings(deps, actorOf(request), request.body),
  );
  r.post(
    `${base}/providers`,
    { schema: { tags, body: ProviderBody, response: { 200: ProviderView } } },
    async (request) => createProvider(deps, actorOf(request), request.body),
  );
  r.put(
    `${base}/providers/:id`,
    { schema: { tags, params: IdParams, body: ProviderBody, response: { 200: ProviderView } } },
    async (request) => updateProvider(deps, actorOf(request), request.params.id, request.body),
  );
  r.delete(
    `${base}/providers/:id`,
    { schema: { tags, params: IdParams, response: { 200: Ok } } },
    async (request) => deleteProvider(deps, actorOf(request), request.params.id),
  );
  r.put(
    `${base}/providers/:id/groups`,
    {
      schema: { tags, params: IdParams, body: ProviderGroupsBody, response: { 200: ProviderView } },
    },
    async (request) =>
      replaceGroups(deps, actorOf(request), request.params.id, request.body.groups),
  );
  r.post(
    `${base}/providers/:id/check`,
    { schema: { tags, params: IdParams, response: { 200: ProviderCheckResponse } } },
    async (request) => checkProvider(deps, actorOf(request), request.params.id),
  );
}
