import type { EmergencyAccessRequest, EmergencyPolicy } from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";
import type { AddMemberInput, ConsentInputBody } from "../shared/case-types";
import { caseKeys, useRefreshCaseLists } from "./cases.api";

type EmergencyAccessInput = z.infer<typeof EmergencyAccessRequest>;

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
  return useCaseChange(caseId, (input: EmergencyAccessInput) =>
    api.post(`/api/cases/${caseId}/emergency-access`, input),
  );
}

/** Whether this user's role may use emergency access at all, and for how many hours. */
export function useEmergencyPolicy() {
  const api = useApi();
  return useQuery({
    queryKey: ["emergency-policy"],
    queryFn: () => api.get<EmergencyPolicy>("/api/emergency-access/policy"),
  });
}
