// Cancelling and moving a planned meeting, and recording who came (issue 19.5). Each change an
// invitee must see raises the invitation's SEQUENCE (iTIP, RFC 5546), so a calendar replaces
// the meeting it has instead of keeping the old one; the invited professionals get a notice in
// their worklist. Those who may plan the meeting change it (mayRunMeeting); closed cases are
// read-only (ADR 0002).
import type { Kysely, Transaction, Updateable } from "kysely";
import type { z } from "zod";
import type {
  AttendanceRequest,
  CancelMeetingRequest,
  RescheduleMeetingRequest,
} from "@kring/contracts";
import {
  type CaseState,
  MEETING_KIND_LABELS,
  type MeetingKind,
  mayPlanMeetingOn,
  stockholmDate,
} from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, conflict, forbidden, notFound } from "../../platform/http/errors";
import { type GuardedCase, guardCase, mayRunMeeting } from "./case-guard";
import { recordCaseEvent } from "./case-state.repository";
import { loadMeeting } from "./meeting-detail.repository";
import { noticeInvitees } from "./meeting-notices";

type Trx = Transaction<Database>;

async function openToChange(
  trx: Trx,
  actor: Actor,
  caseId: string,
  meetingId: string,
  version: number | null,
  allowed: "planned" | "held",
) {
  const guarded = await guardCase(trx, actor, caseId, "write");
  const meeting = await trx
    .selectFrom("meeting")
    .selectAll()
    .where("id", "=", meetingId)
    .where("case_id", "=", caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!meeting) throw notFound("meeting");
  if (!mayRunMeeting(guarded, meeting.kind)) throw forbidden();
  if (meeting.status !== allowed)
    throw new AppError(
      409,
      allowed === "planned" ? "meeting_not_planned" : "meeting_not_held",
      allowed === "planned"
        ? "Bara ett planerat möte kan ställas in eller flyttas."
        : "Närvaron registreras när mötet är registrerat som hållet.",
      allowed === "planned"
        ? "Only a planned meeting can be cancelled or moved."
        : "Attendance is recorded once the meeting is recorded as held.",
    );
  if (version !== null && meeting.version !== version)
    throw conflict(
      "Någon annan har ändrat mötet. Ladda om och försök igen.",
      "Someone else changed the meeting. Reload and try again.",
      { currentVersion: meeting.version },
    );
  return { guarded, meeting };
}

const label = (kind: string) => MEETING_KIND_LABELS[kind as MeetingKind].sv;

type OpenMeeting = Awaited<ReturnType<typeof openToChange>>["meeting"];

/** The tail every change an invitee must see shares: the new SEQUENCE and version, a notice to
 *  the invitees (about the time they had), the case's timeline and the audit log. */
async function applyChange(
  trx: Trx,
  actor: Actor,
  guarded: GuardedCase,
  meeting: OpenMeeting,
  change: {
    set: Updateable<Database["meeting"]>;
    notice: "cancelled" | "moved";
    event: [kind: "meeting_cancelled" | "meeting_moved", text: string];
    audit: [action: string, details: Record<string, unknown>];
  },
) {
  await trx
    .updateTable("meeting")
    .set({ ...change.set, sequence: meeting.sequence + 1, version: meeting.version + 1 })
    .where("id", "=", meeting.id)
    .execute();
  await noticeInvitees(trx, actor, meeting.id, change.notice, meeting.starts_at);
  const caseId = guarded.row.id;
  await recordCaseEvent(trx, actor, caseId, guarded.row.version, ...change.event);
  await recordAudit(trx, actor, {
    action: change.audit[0],
    entityType: "meeting",
    entityId: meeting.id,
    childId: guarded.row.child_id,
    details: { caseId, kind: meeting.kind, ...change.audit[1] },
  });
}

export async function cancelMeeting(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  meetingId: string,
  input: z.infer<typeof CancelMeetingRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const { guarded, meeting } = await openToChange(
      trx,
      actor,
      caseId,
      meetingId,
      input.version,
      "planned",
    );
    await applyChange(trx, actor, guarded, meeting, {
      set: {
        status: "cancelled",
        cancel_reason: input.reason,
        cancelled_at: new Date(),
        cancelled_by: actor.userId,
      },
      notice: "cancelled",
      event: ["meeting_cancelled", `${label(meeting.kind)} inställt: ${input.reason}`],
      audit: ["meeting.cancel", { because: "reason_given" }],
    });
    return loadMeeting(trx, guarded, meetingId);
  });
}

export async function rescheduleMeeting(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  meetingId: string,
  input: z.infer<typeof RescheduleMeetingRequest>,
) {
  if (new Date(input.endsAt) <= new Date(input.startsAt))
    throw badRequest(
      "invalid_time",
      "Mötet måste sluta efter att det börjar.",
      "The meeting must end after it starts.",
    );
  return db.transaction().execute(async (trx) => {
    const { guarded, meeting } = await openToChange(
      trx,
      actor,
      caseId,
      meetingId,
      input.version,
      "planned",
    );
    requirePlannable(guarded, input.startsAt);
    const next = {
      starts_at: new Date(input.startsAt),
      ends_at: new Date(input.endsAt),
      place: input.place === undefined ? meeting.place : input.place,
      video_link: input.videoLink === undefined ? meeting.video_link : input.videoLink,
    };
    const changed =
      next.starts_at.getTime() !== meeting.starts_at.getTime() ||
      next.ends_at.getTime() !== meeting.ends_at.getTime() ||
      next.place !== meeting.place ||
      next.video_link !== meeting.video_link;
    if (!changed)
      throw badRequest(
        "nothing_changed",
        "Ange en ny tid eller plats för att flytta mötet.",
        "Give a new time or place to move the meeting.",
      );
    await applyChange(trx, actor, guarded, meeting, {
      set: { ...next, moved_at: new Date() },
      notice: "moved",
      event: ["meeting_moved", `${label(meeting.kind)} flyttat`],
      audit: [
        "meeting.reschedule",
        {
          timeChanged: next.starts_at.getTime() !== meeting.starts_at.getTime(),
          placeChanged: next.place !== meeting.place,
        },
      ],
    });
    return loadMeeting(trx, guarded, meetingId);
  });
}

function requirePlannable(guarded: GuardedCase, startsAt: string) {
  const { requestedOn } = guarded.row.state as unknown as CaseState;
  if (!mayPlanMeetingOn(stockholmDate(new Date(startsAt)), requestedOn))
    throw new AppError(
      422,
      "meeting_before_request",
      `Mötet ligger före förfrågan (${requestedOn}). Välj ett datum från och med den dagen.`,
      `The meeting is before the request (${requestedOn}). Choose a date on or after that day.`,
    );
}

/** Who came: network members and the family invited; others named are refused. */
export async function recordAttendance(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  meetingId: string,
  input: z.infer<typeof AttendanceRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const { guarded } = await openToChange(trx, actor, caseId, meetingId, null, "held");
    for (const m of input.members) {
      const r = await trx
        .updateTable("meeting_invitee")
        .set({ attended: m.attended })
        .where("meeting_id", "=", meetingId)
        .where("case_member_id", "=", m.memberId)
        .executeTakeFirst();
      if (r.numUpdatedRows === 0n) throw notInvited();
    }
    for (const f of input.family) {
      const r = await trx
        .updateTable("meeting_family_invitee")
        .set({ attended: f.attended })
        .where("meeting_id", "=", meetingId)
        .where("id", "=", f.id)
        .executeTakeFirst();
      if (r.numUpdatedRows === 0n) throw notInvited();
    }
    await recordAudit(trx, actor, {
      action: "meeting.attendance",
      entityType: "meeting",
      entityId: meetingId,
      childId: guarded.row.child_id,
      details: { caseId, members: input.members.length, family: input.family.length },
    });
    return loadMeeting(trx, guarded, meetingId);
  });
}

const notInvited = () =>
  badRequest(
    "not_invited",
    "Någon av dem finns inte bland mötets inbjudna.",
    "Someone named is not among the meeting's invitees.",
  );
