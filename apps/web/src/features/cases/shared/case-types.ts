import type {
  AddMemberRequest,
  CaseEventRequest,
  CaseEventResponse,
  CaseListResponse,
  ConsentInput,
  CreateMeetingRequest,
  MinutesCorrectionRequest,
  NetworkMapEntryInput,
  NetworkMapResponse,
  RegisterRequest,
  UpdateMeetingRequest,
} from "@kring/contracts";
import type { z } from "zod";

// Shapes of the case API, as the contracts define them.
export type CaseListItem = z.infer<typeof CaseListResponse>["cases"][number];
export type CaseEventBody = z.input<typeof CaseEventRequest>;
export type CaseEventInput = CaseEventBody["event"];
export type CaseEventResult = z.infer<typeof CaseEventResponse>;
export type RegisterRequestInput = z.input<typeof RegisterRequest>;
export type ConsentInputBody = z.input<typeof ConsentInput>;
export type AddMemberInput = z.input<typeof AddMemberRequest>;
export type CreateMeetingInput = z.input<typeof CreateMeetingRequest>;
export type UpdateMeetingInput = z.input<typeof UpdateMeetingRequest>;
export type MinutesCorrectionInput = z.input<typeof MinutesCorrectionRequest>;
export type NetworkMap = z.infer<typeof NetworkMapResponse>;
export type NetworkMapEntryBody = z.input<typeof NetworkMapEntryInput>;
export type DeadlineStatus = "done" | "upcoming" | "due_soon" | "overdue";
