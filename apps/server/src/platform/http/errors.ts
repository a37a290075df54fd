import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Problem } from "@kring/contracts";
import { type InputFault, inputFaultOf } from "../db/database-errors";
import { isFhirPath, operationOutcome } from "../fhir/operation-outcome";

/** The largest request body; files for an import are streamed to disk instead (upload-store.ts). */
export const BODY_LIMIT = 10 * 2 ** 20;

/** An error the user can act on. Routes never answer 200 on an error; services throw these. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageSv: string,
    readonly messageEn: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(messageEn);
  }
}

export const unauthorized = () =>
  new AppError(401, "unauthorized", "Du behöver logga in.", "You need to log in.");
export const forbidden = () =>
  new AppError(
    403,
    "forbidden",
    "Du har inte behörighet till detta.",
    "You are not allowed to do this.",
  );
export const notFound = (what = "resource") =>
  new AppError(404, "not_found", "Det du söker finns inte.", `The ${what} was not found.`);
export const conflict = (messageSv: string, messageEn: string, details?: Record<string, unknown>) =>
  new AppError(409, "conflict", messageSv, messageEn, details);
export const badRequest = (code: string, messageSv: string, messageEn: string) =>
  new AppError(400, code, messageSv, messageEn);

function problem(status: number, code: string, sv: string, en: string): Problem {
  return { type: `urn:kring:problem:${code}`, title: en, status, code, message: { sv, en } };
}

function send(reply: FastifyReply, body: Problem) {
  // A FHIR client reads errors as OperationOutcome (ADR 0029); everyone else gets problem+json.
  if (isFhirPath(reply.request.url))
    return reply.status(body.status).type("application/fhir+json").send(operationOutcome(body));
  return reply.status(body.status).type("application/problem+json").send(body);
}

// A database error that input caused, as the user's problem (see database-errors.ts).
const INPUT_FAULT_PROBLEMS: Record<InputFault, Problem> = {
  unreadable: problem(
    400,
    "invalid_input",
    "Uppgifterna innehåller tecken eller värden som inte kan sparas.",
    "The input holds characters or values that cannot be stored.",
  ),
  out_of_range: problem(
    400,
    "out_of_range",
    "Ett värde är för stort, för långt eller utanför det tillåtna intervallet.",
    "A value is too large, too long or outside the allowed range.",
  ),
  unknown_reference: problem(
    409,
    "unknown_reference",
    "Något som uppgifterna hänvisar till finns inte (längre).",
    "Something the input refers to does not exist (any longer).",
  ),
  duplicate: problem(409, "duplicate", "Det finns redan.", "It already exists."),
};

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    return send(reply, {
      ...problem(error.status, error.code, error.messageSv, error.messageEn),
      ...(error.details ? { details: error.details } : {}),
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return send(reply, {
      ...problem(400, "invalid_input", "Uppgifterna är inte giltiga.", "The input is not valid."),
      errors: error.validation.map((v) => ({
        path: `${error.validationContext ?? ""}${v.instancePath}`,
        message: v.message ?? "invalid",
      })),
    });
  }
  const fault = inputFaultOf(error);
  if (fault) {
    // Still worth knowing: a contract rule is missing. Logged without the values (no data).
    if (fault !== "duplicate")
      request.log.warn(
        { err: error, route: `${request.method} ${request.routeOptions.url}` },
        "input refused by the database",
      );
    return send(reply, INPUT_FAULT_PROBLEMS[fault]);
  }
  if (error.statusCode === 429) {
    return send(
      reply,
      problem(
        429,
        "too_many_requests",
        "För många försök. Vänta en stund.",
        "Too many attempts. Wait a moment.",
      ),
    );
  }
  if (error.statusCode === 413) {
    const mb = BODY_LIMIT / 2 ** 20;
    return send(
      reply,
      problem(
        413,
        "too_large",
        `Det som skickades är för stort: högst ${mb} MB åt gången.`,
        `What was sent is too large: at most ${mb} MB at a time.`,
      ),
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(
      reply,
      problem(
        error.statusCode,
        "bad_request",
        "Begäran kunde inte tolkas.",
        "The request could not be understood.",
      ),
    );
  }
  request.log.error({ err: error }, "unhandled error");
  return send(
    reply,
    problem(500, "internal", "Något gick fel hos oss.", "Something went wrong on our side."),
  );
}

export function notFoundHandler(_request: FastifyRequest, reply: FastifyReply) {
  return send(reply, problem(404, "not_found", "Sidan finns inte.", "Not found."));
}
