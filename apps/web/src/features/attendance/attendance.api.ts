import type {
  CollaborationCaseRequest,
  EscalationCreated,
  ImportStatus,
  NoticeList,
  PupilList,
  PupilSuggestionsResponse,
  PupilTerm,
  Statistics,
  StaircaseList,
  StaircasePreview,
  StaircaseSaved,
  TaskList,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";
import { useRefreshCaseLists } from "../cases/api/cases.api";

type Out<T extends z.ZodType> = z.infer<T>;
export type PupilRow = Out<typeof PupilList>["pupils"][number];
export type AttendanceTask = Out<typeof TaskList>["tasks"][number];
export type Notice = Out<typeof NoticeList>["notices"][number];
export type PupilTermView = Out<typeof PupilTerm>;
export type StatisticsView = Out<typeof Statistics>;
export type ShownFigure = StatisticsView["rows"][number]["pupils"];
export type StaircaseListView = Out<typeof StaircaseList>;
export type Preview = Out<typeof StaircasePreview>;
export type ImportJob = Out<typeof ImportStatus>;

const key = ["attendance"] as const;

export function usePupils(view: "mine" | "caseload") {
  const api = useApi();
  const path = view === "mine" ? "/api/attendance/pupils" : "/api/attendance/caseload";
  return useQuery({
    queryKey: [...key, "pupils", view],
    queryFn: () => api.get<Out<typeof PupilList>>(path),
  });
}

export function usePupilTerm(childId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "pupil", childId],
    queryFn: () => api.get<PupilTermView>(`/api/attendance/pupils/${childId}`),
  });
}

/** The pupil's suggested activities and how each activity answered (issue #22). */
export function usePupilSuggestions(childId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "pupil", childId, "suggestions"],
    queryFn: () =>
      api
        .get<PupilSuggestionsResponse>(`/api/attendance/pupils/${childId}/offer-suggestions`)
        .then((r) => r.suggestions),
  });
}

export function useTasks() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "tasks"],
    queryFn: () => api.get<Out<typeof TaskList>>("/api/attendance/tasks"),
  });
}

export function useNotices() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "notices"],
    queryFn: () => api.get<Out<typeof NoticeList>>("/api/attendance/notices"),
  });
}

export function useStatistics(by: "school" | "area") {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "statistics", by],
    queryFn: () => api.get<StatisticsView>(`/api/attendance/statistics?by=${by}`),
  });
}

export function useStaircases() {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "staircases"],
    queryFn: () => api.get<StaircaseListView>("/api/attendance/staircases"),
  });
}

/**
 * A change to attendance work: afterwards every attendance view is read again, and the case
 * lists with the worklist, which hold attendance duties (issue 17.2) and the requests the team
 * raised.
 */
function useAttendanceMutation<I, O>(send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  const refreshCaseLists = useRefreshCaseLists();
  return useMutation({
    mutationFn: send,
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: key }), refreshCaseLists()]),
  });
}

export function useCompleteTask() {
  const api = useApi();
  return useAttendanceMutation(({ id, note }: { id: string; note?: string }) =>
    api.post(`/api/attendance/tasks/${id}/done`, note ? { note } : {}),
  );
}

export function useMarkNotified() {
  const api = useApi();
  return useAttendanceMutation((n: { childId: string; date: string; note?: string }) =>
    api.post("/api/attendance/notices", n),
  );
}

/** Suggests a leisure or group activity of the joint offer for the pupil (issue #22). */
export function useSuggestActivity(childId: string) {
  const api = useApi();
  return useAttendanceMutation((body: { entryId: string; note: string; guardianAgreed: true }) =>
    api.post(`/api/attendance/pupils/${childId}/offer-suggestions`, body),
  );
}

export function useConcernReport(childId: string) {
  const api = useApi();
  return useAttendanceMutation((summary: string) =>
    api.post(`/api/attendance/pupils/${childId}/concern-report`, { summary }),
  );
}

export function useOpenCollaborationCase(childId: string) {
  const api = useApi();
  return useAttendanceMutation((body: z.input<typeof CollaborationCaseRequest>) =>
    api.post<Out<typeof EscalationCreated>>(
      `/api/attendance/pupils/${childId}/collaboration-case`,
      body,
    ),
  );
}

export function usePreviewStaircase() {
  const api = useApi();
  return useMutation({
    mutationFn: (draft: { unitId: string | null; staircase: unknown }) =>
      api.post<Preview>("/api/attendance/staircases/preview", draft),
  });
}

export function useSaveStaircase() {
  const api = useApi();
  return useAttendanceMutation((draft: { unitId: string | null; staircase: unknown }) =>
    api.post<Out<typeof StaircaseSaved>>("/api/attendance/staircases", draft),
  );
}

/**
 * Uploads the files one after the other (each streamed to the server's disk, with its
 * progress), then starts their import.
 */
export function useStartImport() {
  const api = useApi();
  return useMutation({
    mutationFn: async (upload: {
      format: "ss12000" | "csv";
      files: File[];
      onProgress: (sent: number, total: number) => void;
    }) => {
      const total = upload.files.reduce((n, f) => n + f.size, 0);
      const ids: string[] = [];
      let done = 0;
      for (const file of upload.files) {
        const path = `/api/attendance/import-files?name=${encodeURIComponent(file.name)}`;
        const saved = await api.upload<{ id: string }>(path, file, (sent) =>
          upload.onProgress(done + sent, total),
        );
        done += file.size;
        ids.push(saved.id);
      }
      return api.post<{ id: string }>("/api/attendance/imports", {
        format: upload.format,
        uploads: ids,
      });
    },
  });
}

/** An import's progress, asked for every half second until it has finished. */
export function useImportJob(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "import", id],
    queryFn: () => api.get<ImportJob>(`/api/attendance/imports/${id}`),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === "running" ? 500 : false),
  });
}
