import type { CoordinationEntry } from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import { caseKeys, useRefreshCaseLists } from "../api/cases.api";
import type { CaseEventResult } from "../shared/case-types";

const coordinationKey = ["cases", "coordination"] as const;

/** Running cases shared with the intake unit, with who coordinates them (ADR 0025). */
export function useCoordination() {
  const api = useApi();
  return useQuery({
    queryKey: coordinationKey,
    queryFn: () => api.get<{ cases: CoordinationEntry[] }>("/api/cases/coordination"),
  });
}

export interface ReplaceBody {
  version: number;
  userId: string;
  reason: string;
}

function useReplace(caseId: string, path: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: (body: ReplaceBody & Record<string, unknown>) =>
      api.post<CaseEventResult>(`/api/cases/${caseId}/${path}`, body),
    onSuccess: async (result) => {
      if (result.case) queryClient.setQueryData(caseKeys.detail(caseId), result.case);
      else await queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      await Promise.all([queryClient.invalidateQueries({ queryKey: coordinationKey }), refresh()]);
    },
  });
}

export const useReplaceCoordinator = (caseId: string) => useReplace(caseId, "replace-coordinator");
export const useReplaceContactPerson = (caseId: string) =>
  useReplace(caseId, "replace-contact-person");
