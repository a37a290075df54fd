import type {
  CreateOfferEntryRequest,
  OfferEntryDetail,
  OfferSearchResponse,
} from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";

export type OfferList = z.infer<typeof OfferSearchResponse>;
export type EntryView = OfferEntryDetail;
export type EntryInput = z.infer<typeof CreateOfferEntryRequest>;
export interface OfferFilter {
  need?: string;
  age?: string;
  areaId?: string;
  q?: string;
}

const key = ["offer"] as const;

/** The offer by need, age and area (every professional; the server filters nothing else). */
export function useOffer(filter: OfferFilter = {}) {
  const api = useApi();
  const query = new URLSearchParams(
    Object.entries(filter).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  return useQuery({
    queryKey: [...key, "list", query],
    queryFn: () => api.get<OfferList>(`/api/offer${query ? `?${query}` : ""}`),
  });
}

export function useEntry(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...key, "entry", id],
    queryFn: () => api.get<EntryView>(`/api/offer/${id}`),
  });
}

function useOfferChange<T, R = unknown>(
  send: (api: ReturnType<typeof useApi>, input: T) => Promise<R>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => send(api, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useCreateEntry = () =>
  useOfferChange<EntryInput, { id: string }>((api, body) => api.post("/api/offer", body));
export const useUpdateEntry = (id: string) =>
  useOfferChange<Partial<EntryInput> & { active?: boolean }>((api, body) =>
    api.patch(`/api/offer/${id}`, body),
  );
export const useEnrol = (id: string) =>
  useOfferChange<{
    childId: string;
    consentGivenBy: string;
    consentMethod: "written" | "oral" | "digital";
    consentOn: string;
    suggestionId?: string;
  }>((api, body) => api.post(`/api/offer/${id}/participants`, body));
export const useCreateSession = (id: string) =>
  useOfferChange<
    { heldOn: string; startsAt: string; endsAt: string; place: string },
    { id: string }
  >((api, body) => api.post(`/api/offer/${id}/sessions`, body));
export const useRecordAttendance = (id: string) =>
  useOfferChange<{ sessionId: string; attendance: { participantId: string; present: boolean }[] }>(
    (api, { sessionId, attendance }) =>
      api.put(`/api/offer/${id}/sessions/${sessionId}/attendance`, { attendance }),
  );
export const useEndParticipation = (id: string) =>
  useOfferChange<{ participantId: string; endedOn: string }>((api, { participantId, endedOn }) =>
    api.post(`/api/offer/${id}/participants/${participantId}/end`, { endedOn }),
  );
export type DeclineReason = "family_declined" | "not_suitable" | "other_activity" | "other";
export const DECLINE_REASONS: DeclineReason[] = [
  "family_declined",
  "not_suitable",
  "other_activity",
  "other",
];
export const useDeclineSuggestion = (id: string) =>
  useOfferChange<{ suggestionId: string; reason: DeclineReason; note: string }>(
    (api, { suggestionId, ...body }) =>
      api.post(`/api/offer/${id}/suggestions/${suggestionId}/decline`, body),
  );
export const useSetNeedTags = () =>
  useOfferChange<{ code: string; sv: string; en: string }[]>((api, tags) =>
    api.put("/api/offer/needs", { tags }),
  );
