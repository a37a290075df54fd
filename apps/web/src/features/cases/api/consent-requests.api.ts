import type { ConsentRequestsResponse } from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";
import { caseKeys, useRefreshCaseLists } from "./cases.api";

const questionsKey = (caseId: string) => ["cases", caseId, "consent-requests"] as const;

/** The consent questions asked of the family in the family view, with their answers. */
export function useConsentRequests(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: questionsKey(caseId),
    queryFn: () =>
      api.get<z.infer<typeof ConsentRequestsResponse>>(`/api/cases/${caseId}/consent-requests`),
  });
}

export interface AskValues {
  unitIds: string[];
  purpose: string;
  validUntil: string;
}

/** Asks the family to give consent themselves in the family view (ADR 0020). */
export function useAskFamilyConsent(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: (v: AskValues) =>
      api.post<{ id: string }>(`/api/cases/${caseId}/consent-requests`, {
        unitIds: v.unitIds,
        purpose: v.purpose,
        validUntil: v.validUntil || null,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: questionsKey(caseId) }),
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
        refresh(),
      ]),
  });
}
