// A moved or cancelled meeting tells each invited professional in "Mina uppgifter" (ADR 0024)
// until they open the meeting or mark the notice seen; their upcoming meetings follow the
// meeting itself. The family sees the change in the family view.
import type { Transaction } from "kysely";
import type { WorklistItem } from "@kring/contracts";
import { MEETING_KIND_LABELS, type MeetingKind } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";
import { caseVisibleTo } from "./case-access";

type Trx = Transaction<Database>;

/** One notice for every invited network member with an account, except the one who changed it. */
export async function noticeInvitees(
  trx: Trx,
  actor: Actor,
  meetingId: string,
  kind: "moved" | "cancelled",
  wasStartsAt: Date,
) {
  const users = await trx
    .selectFrom("meeting_invitee as i")
    .innerJoin("case_member as cm", "cm.id", "i.case_member_id")
    .select("cm.user_id")
    .distinct()
    .where("i.meeting_id", "=", meetingId)
    .where("cm.user_id", "is not", null)
    .where("cm.user_id", "!=", actor.userId)
    .execute();
  if (users.length)
    await trx
      .insertInto("meeting_notice")
      .values(
        users.map((u) => ({
          tenant_id: actor.tenantId,
          meeting_id: meetingId,
          user_id: u.user_id!,
          kind,
          was_starts_at: wasStartsAt,
        })),
      )
      .execute();
}

export async function markNoticesSeen(trx: Trx, actor: Actor, meetingId: string) {
  await trx
    .updateTable("meeting_notice")
    .set({ seen_at: new Date() })
    .where("meeting_id", "=", meetingId)
    .where("user_id", "=", actor.userId)
    .where("seen_at", "is", null)
    .execute();
}

/** "Sett" from the worklist: one's own notice only. */
export async function markNoticeSeen(trx: Trx, actor: Actor, noticeId: string) {
  const done = await trx
    .updateTable("meeting_notice")
    .set({ seen_at: new Date() })
    .where("id", "=", noticeId)
    .where("user_id", "=", actor.userId)
    .where("tenant_id", "=", actor.tenantId)
    .executeTakeFirst();
  if (done.numUpdatedRows === 0n) throw notFound("notice");
}

const stockholm = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});
const stockholmEn = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

/** The actor's unseen notices, in cases they still see, from the last 30 days. */
export async function noticeWorklistItems(trx: Trx, actor: Actor): Promise<WorklistItem[]> {
  const rows = await trx
    .selectFrom("meeting_notice as n")
    .innerJoin("meeting as mt", "mt.id", "n.meeting_id")
    .innerJoin("cases as c", "c.id", "mt.case_id")
    .innerJoin("child", "child.id", "c.child_id")
    .select([
      "n.id",
      "n.kind",
      "n.was_starts_at",
      "n.created_at",
      "mt.id as meeting_id",
      "mt.kind as meeting_kind",
      "mt.starts_at",
      "c.id as case_id",
      "child.given_name",
      "child.family_name",
    ])
    .where("n.tenant_id", "=", actor.tenantId)
    .where("n.user_id", "=", actor.userId)
    .where("n.seen_at", "is", null)
    .where("n.created_at", ">", new Date(Date.now() - 30 * 86_400_000))
    .where(caseVisibleTo(actor))
    .orderBy("n.created_at")
    .execute();
  return rows.map((r) => {
    const label = MEETING_KIND_LABELS[r.meeting_kind as MeetingKind];
    const was = { sv: stockholm.format(r.was_starts_at), en: stockholmEn.format(r.was_starts_at) };
    const now = { sv: stockholm.format(r.starts_at), en: stockholmEn.format(r.starts_at) };
    return {
      kind: "meeting_notice" as const,
      caseId: r.case_id,
      meetingId: r.meeting_id,
      taskId: r.id,
      childName: `${r.given_name} ${r.family_name}`,
      title:
        r.kind === "cancelled"
          ? `${label.sv} ${was.sv} är inställt`
          : `${label.sv} är flyttat från ${was.sv} till ${now.sv}`,
      titleEn:
        r.kind === "cancelled"
          ? `${label.en} ${was.en} is cancelled`
          : `${label.en} moved from ${was.en} to ${now.en}`,
      dueDate: r.created_at.toISOString(),
      status: null,
    };
  });
}
