import type {
  CaseDetail,
  ChildDetail,
  ChildOutcomes,
  FamilyInstrumentDetail,
  FamilyInstrumentList,
  InstrumentAnswers,
  InstrumentRequestDetail,
  RecordGradesRequest,
  RecordYear3Request,
  SendInstrumentRequest,
  SubmitResponseResult,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CaseInstrumentsResponse } from "@kring/contracts";
import { useApi } from "../../platform/api/api-context";

export type CaseInstruments = z.infer<typeof CaseInstrumentsResponse>;
export type RequestDetail = z.infer<typeof InstrumentRequestDetail>;
export type FamilyForm = z.infer<typeof FamilyInstrumentDetail>;
export type Submitted = z.infer<typeof SubmitResponseResult>;

const keys = {
  case: (caseId: string) => ["instruments", "case", caseId] as const,
  request: (id: string) => ["instruments", "request", id] as const,
  family: ["instruments", "family"] as const,
  outcomes: (childId: string) => ["instruments", "outcomes", childId] as const,
};

/** After any change: the case's forms, the family's list, the timeline and the worklist. */
function useRefresh() {
  const client = useQueryClient();
  return () => {
    for (const queryKey of [["instruments"], ["worklist"]])
      void client.invalidateQueries({ queryKey });
  };
}

export function useCaseInstruments(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.case(caseId),
    queryFn: () => api.get<CaseInstruments>(`/api/cases/${caseId}/instruments`),
  });
}

/** The case and the child, for the people a form can be sent to. */
export function useCaseAndChild(caseId: string) {
  const api = useApi();
  const detail = useQuery({
    queryKey: ["cases", "detail", caseId],
    queryFn: () => api.get<CaseDetail>(`/api/cases/${caseId}`),
  });
  const childId = detail.data?.child.id;
  const child = useQuery({
    queryKey: ["children", childId],
    queryFn: () => api.get<ChildDetail>(`/api/children/${childId}`),
    enabled: !!childId,
  });
  return { detail, child };
}

export function useSendForm(caseId: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: z.input<typeof SendInstrumentRequest>) =>
      api.post<{ id: string }>(`/api/cases/${caseId}/instruments/requests`, body),
    onSettled: refresh,
  });
}

export function useCancelForm(caseId: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/cases/${caseId}/instruments/requests/${id}/cancel`),
    onSettled: refresh,
  });
}

export function useRequestDetail(caseId: string, requestId: string, language: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.request(requestId), language],
    queryFn: () =>
      api.get<RequestDetail>(
        `/api/cases/${caseId}/instruments/requests/${requestId}?language=${language}`,
      ),
  });
}

export function useSubmitInCase(caseId: string, requestId: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (answers: InstrumentAnswers) =>
      api.post<Submitted>(
        `/api/cases/${caseId}/instruments/requests/${requestId}/response`,
        answers,
      ),
    onSettled: refresh,
  });
}

export const fhirExportUrl = (caseId: string) => `/api/cases/${caseId}/instruments/fhir`;

export function useFamilyForms() {
  const api = useApi();
  return useQuery({
    queryKey: keys.family,
    queryFn: () => api.get<z.infer<typeof FamilyInstrumentList>>("/api/family/instruments"),
  });
}

export function useFamilyForm(requestId: string, language: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.family, requestId, language],
    queryFn: () => api.get<FamilyForm>(`/api/family/instruments/${requestId}?language=${language}`),
  });
}

export function useSubmitFamily(requestId: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (answers: InstrumentAnswers) =>
      api.post<Submitted>(`/api/family/instruments/${requestId}/response`, answers),
    onSettled: refresh,
  });
}

export function useChildOutcomes(childId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.outcomes(childId),
    queryFn: () => api.get<ChildOutcomes>(`/api/children/${childId}/outcomes`),
  });
}

export function useRecordSchoolOutcomes(childId: string) {
  const api = useApi();
  const refresh = useRefresh();
  const base = `/api/children/${childId}/outcomes`;
  return {
    grades: useMutation({
      mutationFn: (body: z.input<typeof RecordGradesRequest>) => api.post(`${base}/grades`, body),
      onSettled: refresh,
    }),
    year3: useMutation({
      mutationFn: (body: z.input<typeof RecordYear3Request>) => api.post(`${base}/year3`, body),
      onSettled: refresh,
    }),
  };
}
