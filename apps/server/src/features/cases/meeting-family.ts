// The family as participants of a meeting (issue 19.5): each guardian with custody, and the child
// from the age the municipality sets for the child to speak for themself (consent rules,
// 15 by default). Each gets their own invitation, in the family view and, later, by e-mail.
import type { Kysely, Transaction } from "kysely";
import { addYears, compareCivilDates, stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, forbidden, notFound } from "../../platform/http/errors";
import { guardCase, mayRunMeeting } from "./case-guard";
import { consentRulesOf } from "./consent-rules.repository";
import { loadMeeting } from "./meeting-detail.repository";

type Trx = Transaction<Database>;

/** Whether the child is old enough to be invited on their own (the tenant's age). */
export async function childInvited(trx: Trx, tenantId: string, birthDate: string) {
  const { childAloneFromAge } = await consentRulesOf(trx, tenantId);
  return compareCivilDates(addYears(birthDate, childAloneFromAge), stockholmDate(new Date())) <= 0;
}

/** Invites those of the family not yet invited; returns how many were added. */
export async function inviteFamily(trx: Trx, tenantId: string, meetingId: string, childId: string) {
  const guardians = await trx
    .selectFrom("child_guardian")
    .select("guardian_id")
    .where("child_id", "=", childId)
    .where("custody", "=", true)
    .execute();
  const child = await trx
    .selectFrom("child")
    .select("birth_date")
    .where("id", "=", childId)
    .executeTakeFirstOrThrow();
  const already = await trx
    .selectFrom("meeting_family_invitee")
    .select(["party_kind", "guardian_id"])
    .where("meeting_id", "=", meetingId)
    .execute();
  const rows = [
    ...guardians
      .filter((g) => !already.some((a) => a.guardian_id === g.guardian_id))
      .map((g) => ({ party_kind: "guardian" as const, guardian_id: g.guardian_id })),
    ...((await childInvited(trx, tenantId, child.birth_date)) &&
    !already.some((a) => a.party_kind === "child")
      ? [{ party_kind: "child" as const, guardian_id: null }]
      : []),
  ];
  if (rows.length)
    await trx
      .insertInto("meeting_family_invitee")
      .values(rows.map((r) => ({ ...r, tenant_id: tenantId, meeting_id: meetingId })))
      .execute();
  return rows.length;
}

/** "Bjud in familjen" on a planned meeting, by those who may plan it. */
export async function inviteFamilyToMeeting(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  meetingId: string,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    const meeting = await trx
      .selectFrom("meeting")
      .select(["kind", "status"])
      .where("id", "=", meetingId)
      .where("case_id", "=", caseId)
      .executeTakeFirst();
    if (!meeting) throw notFound("meeting");
    if (!mayRunMeeting(guarded, meeting.kind)) throw forbidden();
    if (meeting.status !== "planned")
      throw new AppError(
        409,
        "meeting_not_planned",
        "Bara ett planerat möte kan få fler inbjudna.",
        "Only a planned meeting can have more invitees.",
      );
    const added = await inviteFamily(trx, actor.tenantId, meetingId, guarded.row.child_id);
    await recordAudit(trx, actor, {
      action: "meeting.invite_family",
      entityType: "meeting",
      entityId: meetingId,
      childId: guarded.row.child_id,
      details: { caseId, added },
    });
    return loadMeeting(trx, guarded, meetingId);
  });
}
