import type { SessionResponse } from "@kring/contracts";
import { queryOptions } from "@tanstack/react-query";
import type { ApiClient } from "../api/api-client";
import { ApiError } from "../api/api-error";

export const sessionQueryKey = ["session"] as const;

/** The signed-in user and CSRF token, or null when nobody is signed in. */
export function sessionQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: async (): Promise<SessionResponse | null> => {
      try {
        const session = await api.get<SessionResponse>("/api/auth/session");
        api.setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          api.setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** An API error that means the session has ended (expired, logged out elsewhere, deactivated). */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.code === "unauthorized";
}
