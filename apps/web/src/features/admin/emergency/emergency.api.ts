import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";

export interface EmergencyGrant {
  id: string;
  caseId: string;
  userName: string;
  /** One of EMERGENCY_REASON_CATEGORIES. */
  category: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  /** What the person read about the child while the access lasted, in order. */
  reads: { at: string; action: string; entityType: string }[];
}

const grantsKey = ["admin", "emergency-access"] as const;

/** Every emergency access, newest first, for the administrators' review. */
export function useEmergencyGrants() {
  const api = useApi();
  return useQuery({
    queryKey: grantsKey,
    queryFn: () => api.get<{ grants: EmergencyGrant[] }>("/api/admin/emergency-access"),
  });
}

export function useReviewGrant() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/admin/emergency-access/${id}/review`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: grantsKey }),
  });
}
