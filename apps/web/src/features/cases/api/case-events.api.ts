import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import type { CaseEventBody, CaseEventResult } from "../shared/case-types";
import { caseKeys, useRefreshCaseLists } from "./cases.api";

/**
 * One step of the process. The body carries the version the user saw; the server answers 409
 * with what changed if someone else got there first, so nothing is overwritten unseen.
 */
export function useCaseEvent(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: (body: CaseEventBody) =>
      api.post<CaseEventResult>(`/api/cases/${caseId}/events`, body),
    onSuccess: async (result) => {
      // The step may have taken the case out of the user's sight (intake, once it has decided):
      // then the page leaves it, and the case is fetched again only if the user comes back.
      if (result.case) queryClient.setQueryData(caseKeys.detail(caseId), result.case);
      else
        await queryClient.invalidateQueries({
          queryKey: caseKeys.detail(caseId),
          refetchType: "none",
        });
      await refresh();
    },
  });
}

/** A central coordinator reopens a closed or declined case with a reason (ADR 0018). */
export function useReopenCase(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      api.post<CaseEventResult>(`/api/cases/${caseId}/reopen`, body),
    onSuccess: async (result) => {
      if (result.case) queryClient.setQueryData(caseKeys.detail(caseId), result.case);
      else await queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      await refresh();
    },
  });
}
