import type { SessionResponse, SessionUser } from "@kring/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../platform/api/api-context";
import type { Language } from "../../platform/api/api-error";
import { sessionQueryKey } from "../../platform/session/session-query";

interface LoginInput {
  username: string;
  password: string;
  /** A language picked on the login page; it becomes the user's stored choice. */
  chosenLanguage: Language | null;
}

export function useLogin() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ username, password, chosenLanguage }: LoginInput) => {
      const session = await api.post<SessionResponse>("/api/auth/login", { username, password });
      api.setCsrfToken(session.csrfToken);
      if (!chosenLanguage || chosenLanguage === session.user.locale) return session;
      const user = await api.patch<SessionUser>("/api/auth/me", { locale: chosenLanguage });
      return { ...session, user };
    },
    onSuccess: (session) => {
      // Nothing cached for someone else may survive into this session.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
