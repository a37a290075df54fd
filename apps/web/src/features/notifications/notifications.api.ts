import type {
  NotificationPreferencesResponse,
  NotificationsResponse,
  UnreadCountResponse,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";

export type NotificationView = z.infer<typeof NotificationsResponse>["items"][number];
export type Preferences = z.infer<typeof NotificationPreferencesResponse>;

const key = ["notifications"] as const;
/** The header looks this often whether something new has come. */
const UNREAD_EVERY_MS = 60_000;

export function useUnreadCount() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "unread"],
    queryFn: () => api.get<z.infer<typeof UnreadCountResponse>>("/api/notifications/unread"),
    refetchInterval: UNREAD_EVERY_MS,
  });
}

export function useNotifications() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "list"],
    queryFn: () => api.get<z.infer<typeof NotificationsResponse>>("/api/notifications"),
  });
}

/** Marks the given ones read, or all; the list and the header's count follow. */
export function useMarkRead() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => api.post("/api/notifications/read", ids ? { ids } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function usePreferences() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "preferences"],
    queryFn: () => api.get<Preferences>("/api/notifications/preferences"),
  });
}

export function useSavePreferences() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<Omit<Preferences, "kind">>) =>
      api.patch<Preferences>("/api/notifications/preferences", body),
    onSuccess: (saved) => queryClient.setQueryData([...key, "preferences"], saved),
  });
}
