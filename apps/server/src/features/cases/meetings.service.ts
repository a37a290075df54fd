import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type { CreateMeetingRequest, MeetingDetail, UpdateMeetingRequest } from "@kring/contracts";
import {
  AGENDA_TEMPLATES,
  MEETING_KIND_LABELS,
  type CaseState,
  type MeetingKind,
  mayPlanMeetingOn,
  stockholmDate,
  transition,
} from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, conflict, forbidden } from "../../platform/http/errors";
import { childRelations } from "./case-facts.repository";
import { type GuardedCase, guardCase, mayRunMeeting } from "./case-guard";
import { recordCaseEvent, saveCaseState } from "./case-state.repository";
import { gateRefusal } from "./gate-refusal";
import { placeWarnings } from "./meeting-warnings";
import { loadMeeting } from "./meeting-detail.repository";
import { checkedDecisions, createDecisionTasks, type Decision } from "./meeting-decisions";
import { inviteFamily } from "./meeting-family";
import { markNoticesSeen } from "./meeting-notices";

export { loadMeeting };

type Trx = Transaction<Database>;

/** Coordinators plan meetings; the agenda starts from the kind's template. */
export async function createMeeting(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof CreateMeetingRequest>,
) {
  if (new Date(input.endsAt) <= new Date(input.startsAt)) {
    throw badRequest(
      "invalid_time",
      "Mötet måste sluta efter att det börjar.",
      "The meeting must end after it starts.",
    );
  }
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    if (!mayRunMeeting(guarded, input.kind)) throw forbidden();
    const { requestedOn } = guarded.row.state as unknown as CaseState;
    if (!mayPlanMeetingOn(stockholmDate(new Date(input.startsAt)), requestedOn))
      throw new AppError(
        422,
        "meeting_before_request",
        `Mötet ligger före förfrågan (${requestedOn}). Välj ett datum från och med den dagen.`,
        `The meeting is before the request (${requestedOn}). Choose a date on or after that day.`,
      );
    const members = await trx
      .selectFrom("case_member")
      .select("id")
      .where("case_id", "=", caseId)
      .where("left_at", "is", null)
      .execute();
    const invitees = [...new Set(input.inviteeMemberIds)];
    if (!invitees.every((id) => members.some((m) => m.id === id))) {
      throw badRequest(
        "unknown_member",
        "Någon av de inbjudna finns inte i nätverket.",
        "An invitee is not in the network.",
      );
    }
    const agenda = AGENDA_TEMPLATES[input.kind].map((item) => ({
      key: item.key,
      title: item.sv,
      notes: "",
    }));
    const meeting = await trx
      .insertInto("meeting")
      .values({
        tenant_id: actor.tenantId,
        case_id: caseId,
        kind: input.kind,
        starts_at: input.startsAt,
        ends_at: input.endsAt,
        place: input.place ?? null,
        video_link: input.videoLink ?? null,
        agenda: JSON.stringify(agenda),
        decisions: "[]",
        minutes: null,
        child_voice: null,
        created_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (invitees.length) {
      await trx
        .insertInto("meeting_invitee")
        .values(
          invitees.map((id) => ({
            meeting_id: meeting.id,
            tenant_id: actor.tenantId,
            case_member_id: id,
          })),
        )
        .execute();
    }
    if (input.inviteFamily)
      await inviteFamily(trx, actor.tenantId, meeting.id, guarded.row.child_id);
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "meeting_planned",
      `${MEETING_KIND_LABELS[input.kind].sv} planerat`,
    );
    await recordAudit(trx, actor, {
      action: "meeting.create",
      entityType: "meeting",
      entityId: meeting.id,
      childId: guarded.row.child_id,
      details: { caseId, kind: input.kind, family: !!input.inviteFamily },
    });
    return { id: meeting.id, warnings: await placeWarnings(trx, guarded, input.place) };
  });
}

export async function getMeeting(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  meetingId: string,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const meeting = await loadMeeting(trx, guarded, meetingId);
    // Opening a moved or cancelled meeting is seeing its notice (worklist).
    await markNoticesSeen(trx, actor, meetingId);
    await recordAudit(trx, actor, {
      action: "meeting.read",
      entityType: "meeting",
      entityId: meetingId,
      childId: guarded.row.child_id,
    });
    return meeting;
  });
}

/**
 * Minutes, decisions and the child's own voice. Marking the meeting held moves the case along
 * (a pre-meeting held opens network meeting 1, and so on), in the same transaction.
 */
export async function updateMeeting(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  meetingId: string,
  input: z.infer<typeof UpdateMeetingRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    const current = await loadMeeting(trx, guarded, meetingId);
    if (!mayRunMeeting(guarded, current.kind)) throw forbidden();
    if (current.version !== input.version) {
      throw conflict(
        "Någon annan har ändrat mötet medan du skrev. Ladda om och för in dina ändringar igen.",
        "Someone else changed the meeting while you were writing. Reload and apply your changes again.",
        {
          currentVersion: current.version,
          current,
        },
      );
    }
    const becomesHeld = input.status === "held" && current.status !== "held";
    if (current.status === "held") requireHeldUnchanged(input);
    if (current.status === "cancelled" || input.status === "cancelled")
      throw new AppError(
        409,
        "meeting_cancelled",
        "Ett inställt möte ändras inte. Ställ in ett möte med knappen Ställ in, med ett skäl.",
        "A cancelled meeting is not changed. Cancel a meeting with the Cancel button, giving a reason.",
      );
    const decisions = input.decisions
      ? await checkedDecisions(trx, caseId, input.decisions)
      : undefined;
    const updated = await trx
      .updateTable("meeting")
      .set({
        ...(input.agenda ? { agenda: JSON.stringify(input.agenda) } : {}),
        ...(input.minutes !== undefined ? { minutes: input.minutes } : {}),
        ...(decisions ? { decisions: JSON.stringify(decisions.map(stored)) } : {}),
        ...(input.childVoice !== undefined ? { child_voice: input.childVoice } : {}),
        ...(input.status ? { status: input.status } : {}),
        version: current.version + 1,
      })
      .where("id", "=", meetingId)
      .where("version", "=", input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n)
      throw conflict(
        "Mötet har ändrats av någon annan.",
        "The meeting was changed by someone else.",
      );
    if (becomesHeld) {
      const held = decisions ?? current.decisionItems;
      await holdMeeting(
        trx,
        actor,
        guarded,
        current,
        held.map((d) => d.text),
      );
      await createDecisionTasks(trx, actor, { id: meetingId, caseId }, held);
    }
    await recordAudit(trx, actor, {
      action: "meeting.update",
      entityType: "meeting",
      entityId: meetingId,
      childId: guarded.row.child_id,
      details: { fields: Object.keys(input), held: becomesHeld },
    });
    return loadMeeting(trx, guarded, meetingId);
  });
}

/** Plain words stay plain; a decision with an owner keeps owner and date beside its words. */
const stored = (d: Decision) => (d.ownerMemberId ? d : d.text);

/** The record of a held meeting stays as held: a correction is a new version beside it. */
function requireHeldUnchanged(input: z.infer<typeof UpdateMeetingRequest>) {
  if (input.status && input.status !== "held")
    throw badRequest(
      "meeting_held",
      "Ett hållet möte kan inte ändras tillbaka.",
      "A held meeting cannot be changed back.",
    );
  const { version: _version, status: _status, ...changes } = input;
  if (Object.values(changes).some((v) => v !== undefined))
    throw new AppError(
      409,
      "held_minutes_use_correction",
      "Protokollet från ett hållet möte skrivs inte över. Gör en rättelse: den sparas som en ny, daterad version bredvid den gamla.",
      "The minutes of a held meeting are not overwritten. Make a correction: it is kept as a new, dated version beside the old one.",
    );
}

async function holdMeeting(
  trx: Trx,
  actor: Actor,
  guarded: GuardedCase,
  meeting: MeetingDetail,
  decisions: string[],
) {
  const state = guarded.row.state as unknown as CaseState;
  const kind = meeting.kind as MeetingKind;
  const result = transition(
    state,
    { type: "hold_meeting", kind, on: stockholmDate(new Date(meeting.startsAt)) },
    {
      today: stockholmDate(new Date()),
      child: await childRelations(trx, actor.tenantId, guarded.row.child_id),
    },
  );
  if (!result.ok) throw await gateRefusal(trx, guarded.row.id, result.error);
  const last = decisions.at(-1);
  await saveCaseState(trx, actor, guarded.row, result.state, {
    kind: "hold_meeting",
    summary: `${MEETING_KIND_LABELS[kind].sv} hållet`,
    lastDecision: last ? `${MEETING_KIND_LABELS[kind].sv}: ${last}` : undefined,
  });
}
