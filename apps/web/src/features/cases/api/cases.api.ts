import type {
  CaseDetail,
  CaseListQuery,
  CaseListResponse,
  MyRequestsResponse,
} from "@kring/contracts";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";
import type { RegisterRequestInput } from "../shared/case-types";

type CaseList = z.infer<typeof CaseListResponse>;
type MyRequests = z.infer<typeof MyRequestsResponse>;

export const caseKeys = {
  all: ["cases"] as const,
  list: ["cases", "list"] as const,
  intake: ["cases", "intake"] as const,
  detail: (caseId: string) => ["cases", "detail", caseId] as const,
};

export const worklistKey = ["worklist"] as const;
export const myRequestsKey = ["requests", "mine"] as const;

/** The filters and order of a case list, as the URL holds them; the server pages it. */
export type CaseListFilters = Partial<Pick<CaseListQuery, "sort" | "stage" | "area" | "acute">>;

/** One list read page by page: each page asks for the rows after the last page's cursor. */
function useCasePages(path: string, key: readonly unknown[], filters: CaseListFilters) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: [...key, filters],
    queryFn: ({ pageParam }) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
      if (pageParam) q.set("cursor", pageParam);
      const query = q.toString();
      return api.get<CaseList>(query ? `${path}?${query}` : path);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The cases the user can see now, with the next deadline and the user's roles in each. */
export function useCases(filters: CaseListFilters = {}) {
  return useCasePages("/api/cases", caseKeys.list, filters);
}

/** Requests waiting for assessment (central coordinators and social services only). */
export function useIntake() {
  return useCasePages("/api/cases/intake", caseKeys.intake, {});
}

export function useCase(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: caseKeys.detail(caseId),
    queryFn: () => api.get<CaseDetail>(`/api/cases/${caseId}`),
  });
}

/**
 * After any change: the lists and the worklist may show the case differently now. Lists not on
 * screen are read again too ("all"), and awaited: a change often ends by navigating to one of
 * them, which would otherwise show the old list first (a request still "without consent").
 */
export function useRefreshCaseLists() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [caseKeys.list, caseKeys.intake, worklistKey, myRequestsKey].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey, refetchType: "all" }),
      ),
    );
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

/** "Mina förfrågningar": the status of the requests the user raised (or their unit, as principal). */
export function useMyRequests() {
  const api = useApi();
  return useQuery({
    queryKey: myRequestsKey,
    queryFn: () => api.get<MyRequests>("/api/requests/mine"),
  });
}

/** The raiser sends a registered request for assessment. */
export function useSendRequest() {
  const api = useApi();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.post(`/api/cases/${id}/events`, { version, event: { type: "submit" } }),
    onSuccess: () => refresh(),
  });
}
