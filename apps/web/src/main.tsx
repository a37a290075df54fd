import "@mantine/core/styles.css";
import "./platform/theme/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { createQueryClient } from "./app/query-client";
import { loadEnglish, sv } from "./app/resources";
import { createAppRouter } from "./app/router";
import { createApiClient } from "./platform/api/api-client";
import { createI18n } from "./platform/i18n/i18n";
import { sessionQueryKey } from "./platform/session/session-query";

const api = createApiClient();
const i18n = createI18n(sv, { en: loadEnglish });
const queryClient = createQueryClient(() => {
  // The server no longer knows the session: forget it here and ask the user to log in again.
  if (router.state.location.pathname === "/login") return;
  queryClient.clear();
  queryClient.setQueryData(sessionQueryKey, null);
  const current = router.state.location.href;
  void router.navigate({ to: "/login", search: { redirect: current, ended: true } });
});
const router = createAppRouter({ queryClient, api, i18n });

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App api={api} i18n={i18n} queryClient={queryClient} router={router} />
  </StrictMode>,
);
