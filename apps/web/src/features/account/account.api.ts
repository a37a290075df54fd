import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../platform/api/api-context";
import { sessionQueryOptions } from "../../platform/session/session-query";

interface Enrolment {
  secret: string;
  uri: string;
  qrCode: string;
}

/** After a step of signing in or a change of factor, the session is read afresh. */
function useRefreshSession() {
  const api = useApi();
  const queryClient = useQueryClient();
  return () => queryClient.fetchQuery({ ...sessionQueryOptions(api), staleTime: 0 });
}

export function useChangePassword() {
  const api = useApi();
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post("/api/auth/password", input),
    onSuccess: refresh,
  });
}

export function useStartEnrolment() {
  const api = useApi();
  return useMutation({
    mutationFn: () => api.post<Enrolment>("/api/auth/second-factor/enrolment"),
  });
}

/** Confirms the app with its first code; the answer holds the recovery codes, shown once. */
export function useConfirmEnrolment() {
  const api = useApi();
  return useMutation({
    mutationFn: (code: string) =>
      api.post<{ recoveryCodes: string[] }>("/api/auth/second-factor/enrolment/confirm", { code }),
  });
}

export function useVerifySecondFactor() {
  const api = useApi();
  const refresh = useRefreshSession();
  return useMutation({
    mutationFn: (code: string) => api.post("/api/auth/second-factor", { code }),
    onSuccess: refresh,
  });
}

export { useRefreshSession };
