import type {
  FindingsResponse,
  LogResponse,
  LogReviewSettings,
  ReviewMark,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";

export type LogView = z.infer<typeof LogResponse>;
export type LogEntryView = LogView["entries"][number];
export type FindingView = z.infer<typeof FindingsResponse>["findings"][number];
export type SettingsView = z.infer<typeof LogReviewSettings>;
export type Period = { from: string; to: string };
export type ReviewQuery =
  | { kind: "child"; personalNumber: string; period: Period }
  | { kind: "user"; username: string; period: Period }
  | { kind: "findings"; period: Period };

const keys = { all: ["log-review"] as const, settings: ["log-review-settings"] as const };

const bodyOf = (q: ReviewQuery) =>
  q.kind === "child"
    ? { personalNumber: q.personalNumber, ...q.period }
    : q.kind === "user"
      ? { username: q.username, ...q.period }
      : q.period;

/** A review query runs when the reviewer asks (null: not yet); each asking is audited. */
export function useReviewQuery<T>(query: ReviewQuery | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.all, query],
    enabled: query !== null,
    queryFn: () => api.post<T>(`/api/log-review/${query!.kind}`, bodyOf(query!)),
    retry: false,
    staleTime: Infinity,
  });
}

/** Downloads the query's CSV export (UTF-8 with BOM, semicolons, for Excel). */
export function useExport() {
  const api = useApi();
  return useMutation({
    mutationFn: async (query: ReviewQuery) => {
      const text = await api.post<string>(`/api/log-review/${query.kind}/export`, bodyOf(query));
      // The browser's decoder drops the byte order mark; Excel needs it to read UTF-8.
      const blob = new Blob([`\uFEFF${String(text).replace(/^\uFEFF/, "")}`], {
        type: "text/csv;charset=utf-8",
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `logg-${query.kind}-${query.period.from}-${query.period.to}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
}

export function useMark() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ seq, comment }: { seq: number; comment: string }) =>
      api.post<z.infer<typeof ReviewMark>>(`/api/log-review/marks/${seq}`, { comment }),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useReviewSettings() {
  const api = useApi();
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => api.get<SettingsView>("/api/log-review/settings"),
  });
}

export function useSaveSettings() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: SettingsView) =>
      api.patch<SettingsView>("/api/log-review/settings", settings),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.settings });
      void client.invalidateQueries({ queryKey: keys.all });
    },
  });
}
