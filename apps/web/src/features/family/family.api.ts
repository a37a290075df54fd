import type {
  AgreementResult,
  FamilyChildrenResponse,
  FamilyConsentRequestsResponse,
  FamilyConsentsResponse,
  FamilyView,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";

const familyKeys = {
  children: ["family", "children"] as const,
  child: (childId: string) => ["family", "child", childId] as const,
  consent: (childId: string) => ["family", "consent", childId] as const,
  consents: (childId: string) => ["family", "consents", childId] as const,
};

export function useFamilyChildren() {
  const api = useApi();
  return useQuery({
    queryKey: familyKeys.children,
    queryFn: () => api.get<z.infer<typeof FamilyChildrenResponse>>("/api/family/children"),
  });
}

export function useFamilyView(childId: string) {
  const api = useApi();
  return useQuery({
    queryKey: familyKeys.child(childId),
    queryFn: () => api.get<FamilyView>(`/api/family/children/${childId}`),
  });
}

export function useFamilyComment(childId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post(`/api/family/children/${childId}/comments`, { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: familyKeys.child(childId) }),
  });
}

export function useFamilyAgree(childId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) =>
      api.post<z.infer<typeof AgreementResult>>(`/api/family/children/${childId}/plan/agree`, {
        revision,
      }),
    // Not awaited: the caller announces the result before the proposal leaves the page.
    onSettled: () => void client.invalidateQueries({ queryKey: familyKeys.child(childId) }),
  });
}

export const familyPdfUrl = (childId: string) => `/api/family/children/${childId}/plan/pdf`;

/** Consent asked of the family: what is asked, and their answers (ADR 0020). */
export function useFamilyConsentRequests(childId: string) {
  const api = useApi();
  return useQuery({
    queryKey: familyKeys.consent(childId),
    queryFn: () =>
      api.get<z.infer<typeof FamilyConsentRequestsResponse>>(
        `/api/family/children/${childId}/consent-requests`,
      ),
  });
}

export function useAnswerConsent(childId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { requestId: string; answer: "given" | "refused" }) =>
      api.post<{ status: "open" | "given" | "refused" }>(
        `/api/family/children/${childId}/consent-requests/${v.requestId}/answer`,
        { answer: v.answer },
      ),
    onSettled: () => void client.invalidateQueries({ queryKey: ["family"] }),
  });
}
/** The reader's own calendar invitation to a meeting (a cancellation once it is cancelled). */
export const familyInvitationUrl = (childId: string, meetingId: string) =>
  `/api/family/children/${childId}/meetings/${meetingId}/invitation`;

/** Consents in force the viewer gave, and withdrawing one (issue 19). */
export function useFamilyConsents(childId: string) {
  const api = useApi();
  return useQuery({
    queryKey: familyKeys.consents(childId),
    queryFn: () =>
      api.get<z.infer<typeof FamilyConsentsResponse>>(`/api/family/children/${childId}/consents`),
  });
}

export function useWithdrawFamilyConsent(childId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { consentId: string; reason: string }) =>
      api.post(`/api/family/children/${childId}/consents/${v.consentId}/withdraw`, {
        reason: v.reason,
      }),
    onSettled: () => void client.invalidateQueries({ queryKey: ["family"] }),
  });
}
