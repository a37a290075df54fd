import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import type { AddMemberInput, ConsentInputBody } from "../shared/case-types";
import { caseKeys, useRefreshCaseLists } from "./cases.api";

// Changes around a case that are not steps of the process: its network, consents, emergency
// access. Each answers without the case, so the case is fetched again.
function useCaseChange<TInput>(caseId: string, send: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
        refresh(),
      ]),
  });
}

export function useAddMember(caseId: string) {
  const api = useApi();
  return useCaseChange(caseId, (input: AddMemberInput) =>
    api.post(`/api/cases/${caseId}/members`, input),
  );
}

export function useRemoveMember(caseId: string) {
  const api = useApi();
  return useCaseChange(caseId, (memberId: string) =>
    api.delete(`/api/cases/${caseId}/members/${memberId}`),
  );
}

export function useAddConsent(caseId: string) {
  const api = useApi();
  return useCaseChange(caseId, (input: ConsentInputBody) =>
    api.post(`/api/cases/${caseId}/consents`, input),
  );
}

export function useWithdrawConsent(caseId: string) {
  const api = useApi();
  return useCaseChange(caseId, ({ consentId, reason }: { consentId: string; reason: string }) =>
    api.post(`/api/cases/${caseId}/consents/${consentId}/withdraw`, { reason }),
  );
}

/** Break-glass access: audited with the reason and listed for the administrators' review. */
export function useEmergencyAccess(caseId: string) {
  const api = useApi();
  return useCaseChange(caseId, (reason: string) =>
    api.post(`/api/cases/${caseId}/emergency-access`, { reason }),
  );
}
