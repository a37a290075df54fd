import type {
  InstrumentSettings,
  InstrumentWordingFile,
  UpdateInstrumentSettings,
  WordingLoaded,
  WordingStatus,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";

export type Settings = z.infer<typeof InstrumentSettings>;
export type SettingsUpdate = z.input<typeof UpdateInstrumentSettings>;
export type LoadedWording = z.infer<typeof WordingStatus>["loaded"][number];
export type LoadedFile = z.infer<typeof WordingLoaded>;

const keys = {
  wording: ["admin", "instrument-wording"] as const,
  settings: ["admin", "instrument-settings"] as const,
};

/** What licensed wording the tenant has loaded (never the texts themselves). */
export function useWordingStatus() {
  const api = useApi();
  return useQuery({
    queryKey: keys.wording,
    queryFn: () => api.get<z.infer<typeof WordingStatus>>("/api/admin/instrument-wording"),
  });
}

/** Sends the file's parsed content; the server checks it against the same schema. */
export function useLoadWording() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: unknown) =>
      api.post<LoadedFile>("/api/admin/instrument-wording", file as InstrumentWordingFile),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.wording }),
  });
}

export function useInstrumentSettings() {
  const api = useApi();
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => api.get<Settings>("/api/admin/instrument-settings"),
  });
}

export function useSaveInstrumentSettings() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (update: SettingsUpdate) =>
      api.patch<Settings>("/api/admin/instrument-settings", update),
    onSuccess: (saved) => client.setQueryData(keys.settings, saved),
  });
}
