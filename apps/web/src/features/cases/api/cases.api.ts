import type { CaseDetail, CaseListResponse } from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";
import type { RegisterRequestInput } from "../shared/case-types";

type CaseList = z.infer<typeof CaseListResponse>;

export const caseKeys = {
  all: ["cases"] as const,
  list: ["cases", "list"] as const,
  intake: ["cases", "intake"] as const,
  detail: (caseId: string) => ["cases", "detail", caseId] as const,
};

export const worklistKey = ["worklist"] as const;

/** The cases the user can see now, with the next deadline and the user's roles in each. */
export function useCases() {
  const api = useApi();
  return useQuery({ queryKey: caseKeys.list, queryFn: () => api.get<CaseList>("/api/cases") });
}

/** Requests waiting for assessment (central coordinators and social services only). */
export function useIntake() {
  const api = useApi();
  return useQuery({
    queryKey: caseKeys.intake,
    queryFn: () => api.get<CaseList>("/api/cases/intake"),
  });
}

export function useCase(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: caseKeys.detail(caseId),
    queryFn: () => api.get<CaseDetail>(`/api/cases/${caseId}`),
  });
}

/** After any change: the lists and the worklist may show the case differently now. */
export function useRefreshCaseLists() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseKeys.list }),
      queryClient.invalidateQueries({ queryKey: caseKeys.intake }),
      queryClient.invalidateQueries({ queryKey: worklistKey }),
    ]);
}

export function useRegisterRequest() {
  const api = useApi();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: (input: RegisterRequestInput) =>
      api.post<{ id: string }>("/api/cases", input).then((created) => created.id),
    onSuccess: () => refresh(),
  });
}
