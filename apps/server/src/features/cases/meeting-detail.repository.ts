import type { Transaction } from "kysely";
import type { MeetingDetail } from "@kring/contracts";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";
import { type GuardedCase, caseEnded, mayRunMeeting } from "./case-guard";
import { decisionItems, decisionsOf } from "./meeting-decisions";

type Trx = Transaction<Database>;

/** The meeting as its page shows it: facts, who is invited (the family too), notes, decisions. */
export async function loadMeeting(
  trx: Trx,
  guarded: GuardedCase,
  meetingId: string,
): Promise<MeetingDetail> {
  const m = await trx
    .selectFrom("meeting")
    .selectAll()
    .where("id", "=", meetingId)
    .where("case_id", "=", guarded.row.id)
    .executeTakeFirst();
  if (!m) throw notFound("meeting");
  const invitees = await trx
    .selectFrom("meeting_invitee as i")
    .innerJoin("case_member as cm", "cm.id", "i.case_member_id")
    .leftJoin("app_user as u", "u.id", "cm.user_id")
    .select([
      "cm.id",
      "cm.person_name",
      "cm.email",
      "u.display_name",
      "u.email as user_email",
      "i.attended",
    ])
    .where("i.meeting_id", "=", meetingId)
    .execute();
  const corrections = await trx
    .selectFrom("meeting_minutes_correction as k")
    .innerJoin("app_user as u", "u.id", "k.corrected_by")
    .select([
      "k.id",
      "k.minutes",
      "k.decisions",
      "k.child_voice",
      "k.reason",
      "k.corrected_at",
      "u.display_name",
    ])
    .where("k.meeting_id", "=", meetingId)
    .orderBy("k.corrected_at")
    .execute();
  return {
    id: m.id,
    caseId: m.case_id,
    kind: m.kind,
    startsAt: m.starts_at.toISOString(),
    endsAt: m.ends_at.toISOString(),
    place: m.place,
    videoLink: m.video_link,
    status: m.status,
    version: m.version,
    sequence: m.sequence,
    cancelReason: m.cancel_reason,
    cancelledAt: m.cancelled_at?.toISOString() ?? null,
    movedAt: m.moved_at?.toISOString() ?? null,
    agenda: m.agenda as MeetingDetail["agenda"],
    minutes: m.minutes,
    decisions: decisionsOf(m.decisions).map((d) => d.text),
    decisionItems: await decisionItems(trx, meetingId, m.decisions),
    childVoice: m.child_voice,
    invitees: invitees.map((i) => ({
      memberId: i.id,
      displayName: i.display_name ?? i.person_name ?? "",
      email: i.email ?? i.user_email,
      attended: i.attended,
    })),
    // The guardians' contact details are whereabouts (ADR 0016): not under emergency access.
    family: (await familyInvitees(trx, meetingId)).map((f) =>
      guarded.basis === "emergency" ? { ...f, email: null } : f,
    ),
    mayChange:
      !caseEnded(guarded) && guarded.basis !== "emergency" && mayRunMeeting(guarded, m.kind),
    corrections: corrections.map((k) => ({
      id: k.id,
      minutes: k.minutes,
      decisions: k.decisions as string[],
      childVoice: k.child_voice,
      reason: k.reason,
      correctedBy: k.display_name,
      correctedAt: k.corrected_at.toISOString(),
    })),
  };
}

/** The guardians and the child invited; the child is named as the case names them. */
async function familyInvitees(trx: Trx, meetingId: string) {
  const rows = await trx
    .selectFrom("meeting_family_invitee as f")
    .innerJoin("meeting as m", "m.id", "f.meeting_id")
    .innerJoin("cases as c", "c.id", "m.case_id")
    .innerJoin("child", "child.id", "c.child_id")
    .leftJoin("guardian as g", "g.id", "f.guardian_id")
    .leftJoin("app_user as gu", "gu.id", "g.user_id")
    .leftJoin("app_user as cu", "cu.id", "child.user_id")
    .select([
      "f.id",
      "f.party_kind",
      "f.attended",
      "g.given_name as g_given",
      "g.family_name as g_family",
      "g.email as g_email",
      "gu.email as gu_email",
      "child.given_name as c_given",
      "child.family_name as c_family",
      "cu.email as cu_email",
    ])
    .where("f.meeting_id", "=", meetingId)
    .orderBy("f.party_kind", "desc")
    .orderBy("g.given_name")
    .execute();
  return rows.map((r) =>
    r.party_kind === "guardian"
      ? {
          id: r.id,
          kind: "guardian" as const,
          name: `${r.g_given ?? ""} ${r.g_family ?? ""}`.trim(),
          email: r.g_email ?? r.gu_email,
          attended: r.attended,
        }
      : {
          id: r.id,
          kind: "child" as const,
          name: `${r.c_given} ${r.c_family}`,
          email: r.cu_email,
          attended: r.attended,
        },
  );
}
