import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/api-context";
import { sessionQueryOptions } from "./session-query";

/** The session as the app knows it; null when signed out, undefined while loading. */
export function useSession() {
  return useQuery(sessionQueryOptions(useApi())).data;
}
