import type {
  AttendanceRequest,
  CancelMeetingRequest,
  MeetingDetail,
  RescheduleMeetingRequest,
} from "@kring/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { useApi } from "../../../platform/api/api-context";
import { caseKeys, useRefreshCaseLists, worklistKey } from "./cases.api";

const meetingKey = (caseId: string, meetingId: string) =>
  [...caseKeys.detail(caseId), "meeting", meetingId] as const;

/** A change to one meeting that answers with the meeting as it now is. */
function useMeetingChange<Input>(caseId: string, meetingId: string, path: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshCaseLists();
  return useMutation({
    mutationFn: (input: Input) =>
      api.post<MeetingDetail>(`/api/cases/${caseId}/meetings/${meetingId}/${path}`, input),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKey(caseId, meetingId), meeting);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true }),
        refresh(),
      ]);
    },
  });
}

export const useCancelMeeting = (caseId: string, meetingId: string) =>
  useMeetingChange<z.input<typeof CancelMeetingRequest>>(caseId, meetingId, "cancel");
export const useRescheduleMeeting = (caseId: string, meetingId: string) =>
  useMeetingChange<z.input<typeof RescheduleMeetingRequest>>(caseId, meetingId, "reschedule");
export const useInviteFamily = (caseId: string, meetingId: string) =>
  useMeetingChange<undefined>(caseId, meetingId, "family-invitees");
export const useRecordAttendance = (caseId: string, meetingId: string) =>
  useMeetingChange<z.input<typeof AttendanceRequest>>(caseId, meetingId, "attendance");

/** A decision's task done (from the meeting page or the worklist). */
export function useDecisionDone(caseId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, note }: { taskId: string; note: string | null }) =>
      api.post(`/api/cases/${caseId}/decision-tasks/${taskId}/done`, { note }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: worklistKey, refetchType: "all" }),
        queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
      ]),
  });
}

/** A moved or cancelled meeting's notice, seen. */
export function useNoticeSeen() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noticeId: string) => api.post(`/api/meeting-notices/${noticeId}/seen`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: worklistKey, refetchType: "all" }),
  });
}

export const familyInvitationUrl = (caseId: string, meetingId: string, inviteeId: string) =>
  `/api/cases/${caseId}/meetings/${meetingId}/family-invitations/${inviteeId}`;
