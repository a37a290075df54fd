import type { Problem } from "@kring/contracts";

export type Language = "sv" | "en";
export type LocalizedText = Record<Language, string>;

export interface FieldError {
  /** The input field, e.g. "username" (the server's "body/username" without its location). */
  field: string;
  message: string;
}

/** A failed API call: the server's problem+json, or a network failure described the same way. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: LocalizedText,
    readonly fieldErrors: FieldError[] = [],
    /** Extra facts the server sends with some problems (e.g. what changed, why refused). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(text.en);
    this.name = "ApiError";
  }

  messageIn(language: string): string {
    return language === "en" ? this.text.en : this.text.sv;
  }

  hasFieldError(field: string): boolean {
    return this.fieldErrors.some((e) => e.field === field);
  }
}

export const networkError = () =>
  new ApiError(0, "network", {
    sv: "Det gick inte att nå Kring. Kontrollera anslutningen och försök igen.",
    en: "Kring could not be reached. Check the connection and try again.",
  });

const unexpectedError = (status: number) =>
  new ApiError(status, "unexpected", {
    sv: "Något gick fel. Försök igen om en stund.",
    en: "Something went wrong. Try again in a moment.",
  });

function isProblem(body: unknown): body is Problem {
  if (typeof body !== "object" || body === null) return false;
  const { code, message } = body as Partial<Problem>;
  return typeof code === "string" && typeof message?.sv === "string";
}

// "body/username" → "username"; "body/memberships/0/role" → "memberships.0.role".
function fieldOf(path: string): string {
  return path.replace(/^(body|querystring|params)\/?/, "").replaceAll("/", ".");
}

export function apiErrorFrom(status: number, body: unknown): ApiError {
  if (!isProblem(body)) return unexpectedError(status);
  return new ApiError(
    status,
    body.code,
    body.message,
    (body.errors ?? []).map((e) => ({ field: fieldOf(e.path), message: e.message })),
    body.details,
  );
}
