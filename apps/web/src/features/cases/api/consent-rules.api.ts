import type { ConsentRules } from "@kring/domain/consent";
import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";

/** The tenant's rules for who may consent (no personal data); the form offers what they allow. */
export function useConsentRules() {
  const api = useApi();
  return useQuery({
    queryKey: ["consent-rules"],
    queryFn: () => api.get<ConsentRules>("/api/consent-rules"),
    staleTime: Infinity,
  });
}
