import type { CreateMeetingResponse, MeetingDetail, MeetingWarning } from "@kring/contracts";
import type { z } from "zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import type {
  CreateMeetingInput,
  MinutesCorrectionInput,
  UpdateMeetingInput,
} from "../shared/case-types";
import { caseKeys, useRefreshCaseLists } from "./cases.api";

const meetingKey = (caseId: string, meetingId: string) =>
  [...caseKeys.detail(caseId), "meeting", meetingId] as const;

export function useMeeting(caseId: string, meetingId: string) {
  const api = useApi();
  return useQuery({
    queryKey: meetingKey(caseId, meetingId),
    queryFn: () => api.get<MeetingDetail>(`/api/cases/${caseId}/meetings/${meetingId}`),
    // The notes form edits this version: it changes on a save or an explicit reload, never
    // behind the user's back.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnMount: "always",
  });
}

const warningsKey = (caseId: string, meetingId: string) =>
  [...meetingKey(caseId, meetingId), "warnings"] as const;

/** What the server warned about when the meeting was planned here; none when opened later. */
export function useMeetingWarnings(caseId: string, meetingId: string) {
  const queryClient = useQueryClient();
  const key = warningsKey(caseId, meetingId);
  const query = useQuery({
    queryKey: key,
    queryFn: () => [] as MeetingWarning[],
    staleTime: Infinity,
  });
  return {
    warnings: query.data ?? [],
    dismiss: () => queryClient.setQueryData(key, []),
  };
}

export function usePlanMeeting(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) =>
      api.post<z.infer<typeof CreateMeetingResponse>>(`/api/cases/${caseId}/meetings`, input),
    onSuccess: ({ id, warnings }) =>
      Promise.all([
        queryClient.setQueryData(warningsKey(caseId, id), warnings ?? []),
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }),
        refresh(),
      ]),
  });
}

/** Minutes, decisions, the child's voice; marking it held moves the case a step. */
export function useUpdateMeeting(caseId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: (input: UpdateMeetingInput) =>
      api.patch<MeetingDetail>(`/api/cases/${caseId}/meetings/${meetingId}`, input),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKey(caseId, meetingId), meeting);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }),
        refresh(),
      ]);
    },
  });
}

/** A correction of held minutes: a new dated version beside the record as held. */
export function useCorrectMinutes(caseId: string, meetingId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MinutesCorrectionInput) =>
      api.post<MeetingDetail>(`/api/cases/${caseId}/meetings/${meetingId}/corrections`, input),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKey(caseId, meetingId), meeting);
      return queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true });
    },
  });
}

export const invitationUrl = (caseId: string, meetingId: string, memberId: string) =>
  `/api/cases/${caseId}/meetings/${meetingId}/invitations/${memberId}`;
