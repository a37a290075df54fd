import type {
  ConclusionOwnersResponse,
  ExperienceLogResponse,
  ExperienceTheme,
  ExperienceThemesResponse,
  SteeringConclusionCreate,
} from "@kring/contracts";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";
import { worklistKey } from "../cases/api/cases.api";

export type ExperienceLog = z.infer<typeof ExperienceLogResponse>;
export type ExperienceCell = ExperienceLog["cells"][number];
export type Conclusion = ExperienceLog["conclusions"][number];
export type Theme = z.infer<typeof ExperienceTheme>;
export type NewConclusion = z.input<typeof SteeringConclusionCreate>;

export interface LogQuery {
  from: string;
  to: string;
  grain: "month" | "term" | "year";
  themeId?: string;
  organisationId?: string;
  area?: string;
}

const themesKey = ["experience", "themes"] as const;
const logKey = ["experience", "log"] as const;

/** The tenant's themes and organisations: the closure dialog's and the log's choices. */
export function useReflectionChoices() {
  const api = useApi();
  return useQuery({
    queryKey: themesKey,
    queryFn: () => api.get<z.infer<typeof ExperienceThemesResponse>>("/api/experience/themes"),
    staleTime: 60_000,
  });
}

export function useExperienceLog(query: LogQuery) {
  const api = useApi();
  const params = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => !!e[1]),
  );
  return useQuery({
    queryKey: [...logKey, query],
    queryFn: () => api.get<ExperienceLog>(`/api/experience/log?${params.toString()}`),
    placeholderData: keepPreviousData,
  });
}

export function useConclusionOwners(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ["experience", "owners"],
    queryFn: () =>
      api.get<z.infer<typeof ConclusionOwnersResponse>>("/api/experience/conclusion-owners"),
    enabled,
  });
}

export function useRecordConclusion() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewConclusion) =>
      api.post<{ id: string }>("/api/experience/conclusions", body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: logKey }),
        queryClient.invalidateQueries({ queryKey: worklistKey, refetchType: "all" }),
      ]),
  });
}

/** The owner (from the worklist) or the steering group marks a conclusion followed up. */
export function useConclusionFollowedUp() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string | null }) =>
      api.post(`/api/experience/conclusions/${id}/followed-up`, { note }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: logKey }),
        queryClient.invalidateQueries({ queryKey: worklistKey, refetchType: "all" }),
      ]),
  });
}

export function useCreateTheme() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<Theme>("/api/admin/experience-themes", { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: themesKey }),
  });
}

export function useUpdateTheme() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string; archived?: boolean }) =>
      api.patch<Theme>(`/api/admin/experience-themes/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: themesKey }),
  });
}
