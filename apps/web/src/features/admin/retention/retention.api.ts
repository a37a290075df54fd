import type { RetentionOverview } from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";

const key = ["admin", "retention"] as const;

/** The rules, tonight's preview, holds and the record; reading it publishes the preview. */
export function useRetention() {
  const api = useApi();
  return useQuery({
    queryKey: key,
    queryFn: () => api.get<RetentionOverview>("/api/admin/retention"),
  });
}

function useRetentionChange<T>(
  send: (api: ReturnType<typeof useApi>, input: T) => Promise<unknown>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => send(api, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useSetRule = () =>
  useRetentionChange<{ rule: string; amount: number }>((api, { rule, amount }) =>
    api.post(`/api/admin/retention/rules/${rule}`, { amount }),
  );
export const usePlaceHold = () =>
  useRetentionChange<{ caseId: string; reason: string }>((api, { caseId, reason }) =>
    api.post(`/api/admin/retention/holds/${caseId}`, { reason }),
  );
export const useLiftHold = () =>
  useRetentionChange<string>((api, caseId) => api.delete(`/api/admin/retention/holds/${caseId}`));
