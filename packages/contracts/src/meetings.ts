import { z } from "zod";
import { MeetingSummary } from "./cases";
import { CivilDate, DateTime, FreeText, RawText, Text, Version, WebLink } from "./input";

export const CreateMeetingRequest = z.object({
  kind: z.enum([
    "pre_meeting",
    "network_meeting_1",
    "network_meeting_2",
    "follow_up",
    "evaluation",
    "closing",
  ]),
  startsAt: DateTime,
  endsAt: DateTime,
  place: FreeText(300).nullable().optional(),
  videoLink: WebLink.nullable().optional(),
  inviteeMemberIds: z.array(z.uuid()).max(200).default([]),
  /** Invite the child's guardians, and the child from the age the municipality sets. */
  inviteFamily: z.boolean().optional(),
});

/** Something the user should know about what was just saved; it was saved all the same. */
export const MeetingWarning = z.object({
  code: z.enum(["protected_identity_place"]),
  message: z.object({ sv: z.string(), en: z.string() }),
});
export type MeetingWarning = z.infer<typeof MeetingWarning>;

export const CreateMeetingResponse = z.object({
  id: z.uuid(),
  warnings: z.array(MeetingWarning).optional(),
});

export const AgendaItem = z.object({
  key: RawText(100),
  title: RawText(500),
  notes: RawText(8000).default(""),
});

/**
 * A decision: its words, or its words with the network member who owns it and the date it is to
 * be done by. A decision with an owner and a date becomes the owner's worklist item once the
 * meeting is held.
 */
export const DecisionInput = z.union([
  Text(2000),
  z.object({
    text: Text(2000),
    ownerMemberId: z.uuid().nullable().optional(),
    dueDate: CivilDate.nullable().optional(),
  }),
]);

export const UpdateMeetingRequest = z.object({
  version: Version,
  agenda: z.array(AgendaItem).max(100).optional(),
  minutes: RawText(20000).nullable().optional(),
  decisions: z.array(DecisionInput).max(100).optional(),
  childVoice: RawText(8000).nullable().optional(),
  status: z.enum(["planned", "held", "cancelled"]).optional(),
});

export const MeetingDetail = MeetingSummary.extend({
  caseId: z.uuid(),
  version: z.number().int(),
  agenda: z.array(AgendaItem),
  minutes: z.string().nullable(),
  decisions: z.array(z.string()),
  childVoice: z.string().nullable(),
  invitees: z.array(
    z.object({
      memberId: z.uuid(),
      displayName: z.string(),
      email: z.string().nullable(),
      /** Null until attendance is recorded. */
      attended: z.boolean().nullable(),
    }),
  ),
  /** The guardians and the child invited, each with their own invitation. */
  family: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(["guardian", "child"]),
      name: z.string(),
      email: z.string().nullable(),
      attended: z.boolean().nullable(),
    }),
  ),
  /** Raised on every change of time, place or video link, and on cancellation (iTIP SEQUENCE). */
  sequence: z.number().int(),
  cancelReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  movedAt: z.string().nullable(),
  /** The decisions in order, with owner and date where given; held: the worklist task. */
  decisionItems: z.array(
    z.object({
      text: z.string(),
      ownerMemberId: z.uuid().nullable(),
      ownerName: z.string().nullable(),
      dueDate: z.string().nullable(),
      task: z
        .object({
          id: z.uuid(),
          doneAt: z.string().nullable(),
          doneBy: z.string().nullable(),
          note: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  /** The reader may cancel, move, invite the family and record attendance. */
  mayChange: z.boolean(),
  /** Corrections of the minutes of a held meeting, oldest first; the record as held stays. */
  corrections: z.array(
    z.object({
      id: z.uuid(),
      minutes: z.string().nullable(),
      decisions: z.array(z.string()),
      childVoice: z.string().nullable(),
      reason: z.string(),
      correctedBy: z.string(),
      correctedAt: z.string(),
    }),
  ),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

/** A correction of held minutes: the whole corrected text and why it was corrected. */
export const MinutesCorrectionRequest = z.object({
  minutes: RawText(20000).nullable(),
  decisions: z.array(Text(2000)).max(100),
  childVoice: RawText(8000).nullable(),
  reason: Text(2000),
});

export const NetworkMapEntry = z.object({
  id: z.uuid(),
  network: z.enum(["private", "professional"]),
  sector: z.string(),
  name: z.string(),
  relation: z.string(),
  closeness: z.number().int().min(1).max(3),
  unitId: z.uuid().nullable(),
});
export const NetworkMapEntryInput = NetworkMapEntry.omit({ id: true }).extend({
  sector: z.enum([
    "family",
    "relatives",
    "friends",
    "leisure",
    "school",
    "social_services",
    "health",
    "other",
  ]),
  name: Text(200),
  relation: FreeText(200).default(""),
  unitId: z.uuid().nullable().default(null),
});
export const NetworkMapResponse = z.object({
  childName: z.string(),
  entries: z.array(NetworkMapEntry),
});

/** Cancelling a planned meeting: why, told to everyone invited (the family too). */
export const CancelMeetingRequest = z.object({ version: Version, reason: Text(2000) });

/** Moving a planned meeting: a new time, and the place and video link if they change. */
export const RescheduleMeetingRequest = z.object({
  version: Version,
  startsAt: DateTime,
  endsAt: DateTime,
  place: FreeText(300).nullable().optional(),
  videoLink: WebLink.nullable().optional(),
});

/** Who came, recorded for the network members and the family invited. */
export const AttendanceRequest = z.object({
  members: z
    .array(z.object({ memberId: z.uuid(), attended: z.boolean() }))
    .max(200)
    .default([]),
  family: z
    .array(z.object({ id: z.uuid(), attended: z.boolean() }))
    .max(20)
    .default([]),
});

/** A decision's task marked done, with a note if wanted (ADR 0024). */
export const DecisionDoneRequest = z.object({ note: FreeText(1000).nullable().default(null) });
