import type { SessionResponse, SessionUser } from "@kring/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useApi } from "../api/api-context";
import type { Language } from "../api/api-error";
import { sessionQueryKey } from "../session/session-query";
import { showLanguage } from "./i18n";

/**
 * Switches the UI language (once its texts are fetched, ADR 0023) and, when someone is signed in, stores it as their choice
 * (PATCH /api/auth/me) so it follows them to the next session.
 */
export function useChangeLanguage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: async (language: Language) => {
      await showLanguage(i18n, language);
      const session = queryClient.getQueryData<SessionResponse | null>(sessionQueryKey);
      if (!session) return null;
      return api.patch<SessionUser>("/api/auth/me", { locale: language });
    },
    onSuccess: (user) => {
      if (!user) return;
      queryClient.setQueryData<SessionResponse | null>(sessionQueryKey, (session) =>
        session ? { ...session, user } : session,
      );
    },
  });
}
