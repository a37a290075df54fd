import type { RequestFamily } from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import { ApiError } from "../../../platform/api/api-error";
import { uploadAttachment } from "./attachments";
import { useRefreshCaseLists } from "./cases.api";
import { consentInput, type ConsentValues } from "../request/consent-values";

const familyKey = (caseId: string) => ["requests", caseId, "family"] as const;

/** The guardians of the child of one's own request not yet assessed, to record their consent. */
export function useRequestFamily(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: familyKey(caseId),
    queryFn: () => api.get<RequestFamily>(`/api/requests/${caseId}/family`),
  });
}

export function useAddRequestGuardian(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { givenName: string; familyName: string; phone: string | null }) =>
      api.post<{ id: string }>(`/api/requests/${caseId}/guardians`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familyKey(caseId) }),
  });
}

/** Records the consent, storing the scanned form first when one is attached. */
export function useCompleteConsent(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: async (values: ConsentValues) => {
      const documentId = values.file ? await uploadAttachment(api, caseId, values.file) : undefined;
      try {
        await api.post(`/api/cases/${caseId}/consents`, consentInput(values, documentId));
      } catch (e) {
        // The form names its fields "consent.<field>", as the request form does.
        if (!(e instanceof ApiError)) throw e;
        const fields = e.fieldErrors.map((f) => ({ ...f, field: `consent.${f.field}` }));
        throw new ApiError(e.status, e.code, e.text, fields, e.details);
      }
    },
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: familyKey(caseId) }), refresh()]),
  });
}
