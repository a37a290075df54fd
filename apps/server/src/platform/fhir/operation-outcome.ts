// A FHIR endpoint answers an error as a FHIR client expects it: an OperationOutcome, with the
// same status and Kring's problem code (and both languages) inside, instead of problem+json.
import type { Problem } from "@kring/contracts";
import { KRING_CODES, coding } from "./terms";

/** The URL paths whose answers are FHIR: every Kring export ends in /fhir. */
export const isFhirPath = (url: string) => url.split("?")[0]!.replace(/\/+$/, "").endsWith("/fhir");

function issueType(status: number): string {
  if (status === 401) return "login";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  if (status === 413) return "too-costly";
  if (status === 429) return "throttled";
  if (status >= 500) return "exception";
  return "invalid";
}

export function operationOutcome(p: Problem) {
  const type = issueType(p.status);
  return {
    resourceType: "OperationOutcome",
    issue: [
      {
        severity: p.status >= 500 ? "fatal" : "error",
        code: type,
        details: {
          coding: [coding(KRING_CODES.problem, p.code, p.message.en)],
          text: p.message.sv,
        },
        diagnostics: p.errors?.length
          ? `${p.message.en} (${p.errors.map((e) => e.path).join(", ")})`
          : p.message.en,
      },
    ],
  };
}
