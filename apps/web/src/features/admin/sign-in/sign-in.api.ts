import type {
  ProviderBody,
  ProviderCheckResponse,
  ProviderGroup,
  ProviderView,
  SignInAdminResponse,
  SignInSettingsBody,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";

export type SignInAdmin = z.infer<typeof SignInAdminResponse>;
export type Provider = ProviderView;
export type ProviderInput = z.infer<typeof ProviderBody>;
export type GroupLine = z.infer<typeof ProviderGroup>;

const key = ["admin", "sign-in"] as const;
const base = "/api/admin/sign-in";

export function useSignInAdmin() {
  const api = useApi();
  return useQuery({ queryKey: key, queryFn: () => api.get<SignInAdmin>(base) });
}

function useRefreshing<T>(send: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useSaveSignInSettings() {
  const api = useApi();
  return useRefreshing((body: z.infer<typeof SignInSettingsBody>) =>
    api.patch(`${base}/settings`, body),
  );
}

export function useSaveProvider(id: string | null) {
  const api = useApi();
  return useRefreshing((body: ProviderInput) =>
    id
      ? api.put<Provider>(`${base}/providers/${id}`, body)
      : api.post<Provider>(`${base}/providers`, body),
  );
}

export function useSaveGroups(id: string) {
  const api = useApi();
  return useRefreshing((groups: GroupLine[]) =>
    api.put<Provider>(`${base}/providers/${id}/groups`, { groups }),
  );
}

export function useCheckProvider(id: string) {
  const api = useApi();
  return useMutation({
    mutationFn: () =>
      api.post<z.infer<typeof ProviderCheckResponse>>(`${base}/providers/${id}/check`),
  });
}
