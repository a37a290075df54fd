import type { MailSettingsResponse, MailTestResponse } from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";

export type MailSettings = z.infer<typeof MailSettingsResponse>;
export interface MailSettingsInput {
  host: string | null;
  port: number | null;
  security: "tls" | "starttls" | "none" | null;
  user: string | null;
  password?: string;
  from: string | null;
}

const key = ["admin", "mail"] as const;

export function useMailSettings() {
  const api = useApi();
  return useQuery({ queryKey: key, queryFn: () => api.get<MailSettings>("/api/admin/mail") });
}

export function useSaveMailSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MailSettingsInput) => api.put<MailSettings>("/api/admin/mail", body),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}

export function useRetryMail() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MailSettings>("/api/admin/mail/retry"),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}

export function useTestMail() {
  const api = useApi();
  return useMutation({
    mutationFn: (to: string) =>
      api.post<z.infer<typeof MailTestResponse>>("/api/admin/mail/test", { to }),
  });
}
