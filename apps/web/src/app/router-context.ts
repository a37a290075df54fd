import type { QueryClient } from "@tanstack/react-query";
import type { i18n as I18n } from "i18next";
import type { ApiClient } from "../platform/api/api-client";

export interface RouterContext {
  queryClient: QueryClient;
  api: ApiClient;
  i18n: I18n;
}
