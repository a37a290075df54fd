import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useApi } from "../../platform/api/api-context";
import { sessionQueryKey } from "../../platform/session/session-query";
import { useAnnounce } from "../../platform/ui/announcer";

export function useLogout() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { t } = useTranslation("auth");
  return useMutation({
    mutationFn: () => api.post<{ redirect: string | null }>("/api/auth/logout"),
    // Even if the server call fails, the app forgets the session and shows the login page; a
    // session an identity provider opened ends there too (single logout), which then sends the
    // browser back to the login page.
    onSettled: async (data) => {
      if (data?.redirect) {
        window.location.assign(data.redirect);
        return;
      }
      api.setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
      await navigate({ to: "/login" });
      announce(t("loggedOut"));
    },
  });
}
