import type {
  FamilySupportRequestCreated,
  FamilySupportRequestInput,
  FamilySupportRequestsResponse,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";

const key = (childId: string) => ["family", "support", childId];

export function useSupportRequests(childId: string) {
  const api = useApi();
  return useQuery({
    queryKey: key(childId),
    queryFn: () =>
      api.get<z.infer<typeof FamilySupportRequestsResponse>>(
        `/api/family/children/${childId}/support-requests`,
      ),
  });
}

export function useRaiseSupportRequest(childId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof FamilySupportRequestInput>) =>
      api.post<z.infer<typeof FamilySupportRequestCreated>>(
        `/api/family/children/${childId}/support-requests`,
        input,
      ),
    // The family's consent questions too: the request may wait for the other guardians.
    onSuccess: () => void client.invalidateQueries({ queryKey: ["family"] }),
  });
}
