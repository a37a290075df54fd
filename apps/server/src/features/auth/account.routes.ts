import {
  ChangePasswordRequest,
  EnrolmentResponse,
  Ok,
  RecoveryCodesResponse,
  SecondFactorRequest,
} from "@kring/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../platform/http/app";
import { actorOf } from "../../platform/auth/auth-hooks";
import { changeOwnPassword } from "./password.service";
import { confirmEnrolment, startEnrolment, verifySecondFactor } from "./second-factor.service";

// The signed-in user's own password and second factor. Each route is reachable while its
// sign-in step is pending (a forced password change, a required enrolment, the second factor).
export function accountRoutes(app: FastifyInstance, { db, config }: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["auth"];

  r.post(
    "/api/auth/password",
    {
      config: { signInStep: "change_password" },
      schema: { tags, body: ChangePasswordRequest, response: { 200: Ok } },
    },
    async (request) => {
      const actor = actorOf(request);
      await changeOwnPassword(db, config, actor, request.sessionId!, request.body, request.ip);
      return { ok: true as const };
    },
  );

  r.post(
    "/api/auth/second-factor/enrolment",
    {
      config: { signInStep: "enrol_second_factor" },
      schema: { tags, response: { 200: EnrolmentResponse } },
    },
    (request) => startEnrolment(db, actorOf(request)),
  );

  r.post(
    "/api/auth/second-factor/enrolment/confirm",
    {
      config: { signInStep: "enrol_second_factor" },
      schema: { tags, body: SecondFactorRequest, response: { 200: RecoveryCodesResponse } },
    },
    (request) => confirmEnrolment(db, actorOf(request), request.sessionId!, request.body.code),
  );

  r.post(
    "/api/auth/second-factor",
    {
      config: { signInStep: "second_factor" },
      schema: { tags, body: SecondFactorRequest, response: { 200: Ok } },
    },
    async (request) => {
      await verifySecondFactor(
        db,
        config,
        actorOf(request),
        request.sessionId!,
        request.body.code,
        request.ip,
      );
      return { ok: true as const };
    },
  );
}
