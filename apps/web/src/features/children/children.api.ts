import type {
  ChildDetail,
  ChildSearchResponse,
  RegisterChildRequest,
  RegisteredChild,
} from "@kring/contracts";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";

export type RegisterChildInput = z.input<typeof RegisterChildRequest>;

/**
 * Search by name or personal identity number. A POST, and a mutation rather than a query, so
 * the term stays in the request body: never in a URL, a log line or the query cache's keys.
 */
export function useChildSearch() {
  const api = useApi();
  return useMutation({
    mutationFn: (q: string) =>
      api
        .post<z.infer<typeof ChildSearchResponse>>("/api/children/search", { q })
        .then((r) => r.children),
  });
}

/** A child not yet known to Kring (e.g. just moved here) is registered to raise a need. */
export function useRegisterChild() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: RegisterChildInput) => api.post<RegisteredChild>("/api/children", input),
  });
}

/** The child's record: guardians, and contact details unless protected identity hides them. */
export function useChild(childId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ["children", childId],
    queryFn: () => api.get<ChildDetail>(`/api/children/${childId}`),
    enabled: childId !== null,
  });
}
