import { MantineProvider } from "@mantine/core";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import type { i18n as I18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import type { ApiClient } from "../platform/api/api-client";
import { ApiProvider } from "../platform/api/api-context";
import { cssVariablesResolver, theme } from "../platform/theme/theme";
import { AnnouncerProvider } from "../platform/ui/announcer";
import type { createAppRouter } from "./router";

interface AppProps {
  api: ApiClient;
  i18n: I18n;
  queryClient: QueryClient;
  router: ReturnType<typeof createAppRouter>;
}

export function App({ api, i18n, queryClient, router }: AppProps) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
    >
      <I18nextProvider i18n={i18n}>
        <ApiProvider client={api}>
          <QueryClientProvider client={queryClient}>
            <AnnouncerProvider>
              <RouterProvider router={router} />
            </AnnouncerProvider>
          </QueryClientProvider>
        </ApiProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
