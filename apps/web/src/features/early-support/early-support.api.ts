import type {
  CaseEarlySupport,
  ChildsBestOverview,
  ConcernGuideTexts,
  EarlySupportDetail,
  EarlySupportSummary,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../platform/api/api-context";
import { worklistKey } from "../cases/api/cases.api";

export interface NewEarlySupportInput {
  childId: string;
  unitId: string;
  consent: { givenBy: string; method: "oral" | "written" | "digital"; on: string };
  about: string;
  protectiveFactors: string[];
  riskFactors: string[];
  agreed: string;
  followUpOn: string | null;
  note: string;
}

const listKey = ["early-support"] as const;

export function useEarlySupportList() {
  const api = useApi();
  return useQuery({
    queryKey: listKey,
    queryFn: () =>
      api.get<{ contacts: EarlySupportSummary[] }>("/api/early-support").then((r) => r.contacts),
  });
}

export function useEarlySupport(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...listKey, id],
    queryFn: () => api.get<EarlySupportDetail>(`/api/early-support/${id}`),
    enabled: id !== null,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: listKey });
    void queryClient.invalidateQueries({ queryKey: worklistKey });
  };
}

export function useCreateEarlySupport() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewEarlySupportInput) =>
      api.post<{ id: string }>("/api/early-support", body).then((r) => r.id),
    onSuccess: refresh,
  });
}

export function useAddEarlySupportNote(id: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: string) => api.post(`/api/early-support/${id}/notes`, { body }),
    onSuccess: refresh,
  });
}

export function useCloseEarlySupport(id: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reason: string) => api.post(`/api/early-support/${id}/close`, { reason }),
    onSuccess: refresh,
  });
}

/** The family agreed after the request that the case's network may read the contact. */
export function useRecordSharing(id: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (agreedBy: string) => api.post(`/api/early-support/${id}/sharing`, { agreedBy }),
    onSuccess: refresh,
  });
}

/** "Tidigt stöd före ärendet": the contacts the reader may open from the case page. */
export function useCaseEarlySupport(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...listKey, "case", caseId],
    queryFn: () =>
      api.get<CaseEarlySupport>(`/api/cases/${caseId}/early-support`).then((r) => r.contacts),
  });
}

export function useConcernGuide() {
  const api = useApi();
  return useQuery({
    queryKey: ["concern-guide"],
    queryFn: () => api.get<{ texts: ConcernGuideTexts; isDefault: boolean }>("/api/concern-guide"),
  });
}

export function useSaveConcernGuide() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (texts: ConcernGuideTexts) =>
      api.put<{ texts: ConcernGuideTexts; isDefault: boolean }>("/api/admin/concern-guide", texts),
    onSuccess: (saved) => queryClient.setQueryData(["concern-guide"], saved),
  });
}

export function useChildsBestOverview(areaId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ["childs-best", areaId],
    queryFn: () =>
      api.get<ChildsBestOverview>(`/api/childs-best/overview${areaId ? `?areaId=${areaId}` : ""}`),
  });
}

export function useAskToStartPlan() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { childId: string; unitId: string; note: string }) =>
      api.post<{ id: string }>("/api/childs-best/plan-asks", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["childs-best"] }),
  });
}
