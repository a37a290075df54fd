import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import type { NetworkMap, NetworkMapEntryBody } from "../shared/case-types";
import { caseKeys } from "./cases.api";

const mapKey = (caseId: string) => [...caseKeys.detail(caseId), "network-map"] as const;

export function useNetworkMap(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: mapKey(caseId),
    queryFn: () => api.get<NetworkMap>(`/api/cases/${caseId}/network-map`),
  });
}

function useMapChange<TInput>(caseId: string, send: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mapKey(caseId) }),
  });
}

export function useAddNetworkEntry(caseId: string) {
  const api = useApi();
  return useMapChange(caseId, (input: NetworkMapEntryBody) =>
    api.post(`/api/cases/${caseId}/network-map`, input),
  );
}

export function useRemoveNetworkEntry(caseId: string) {
  const api = useApi();
  return useMapChange(caseId, (entryId: string) =>
    api.delete(`/api/cases/${caseId}/network-map/${entryId}`),
  );
}
