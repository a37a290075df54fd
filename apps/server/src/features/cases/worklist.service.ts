import type { Kysely } from "kysely";
import {
  DEADLINE_LABELS,
  MEETING_KIND_LABELS,
  type CaseState,
  type MeetingKind,
  computeDeadlines,
  deadlineFactsOf,
  stockholmDate,
} from "@kring/domain/cases";
import type { WorklistItem } from "@kring/contracts";
import { type Actor, hasRole } from "../../platform/auth/actor";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { instrumentTasks } from "../instruments/instrument-tasks";
import { INTAKE_ROLES, accessConditions, caseVisibleTo } from "./case-access";
import { incomingHandoverItems, overduePlanActionItems } from "../plans/plan-worklist";
import { deadlineRulesOf } from "./case-rules.repository";
import { unsentRequestItems } from "./unsent-request-items";
import { emergencyAccessItems } from "./emergency-worklist";
import { attendanceWorklistItems } from "../attendance/views/attendance-worklist";
import { caseDutyItems } from "./case-duty-items";
import { takeoverItems } from "./takeover-worklist";
import { decisionWorklistItems } from "./meeting-decisions";
import { noticeWorklistItems } from "./meeting-notices";
import { earlySupportWorklistItems } from "../early-support/early-support-worklist";
import { planStartAskItems } from "../childs-best/plan-start-asks";
import { conclusionWorklistItems } from "../experience-log/conclusions.service";

// Which deadlines land on whom: the coordinators run the process, the contact person follows up.
const DEADLINES_BY_ROLE: Record<string, string[]> = {
  coordinator_lead: ["first_contact", "plan", "eht_review", "evaluation", "follow_up_end"],
  coordinator_documenting: ["first_contact", "plan", "evaluation"],
  contact_person: ["eht_review", "evaluation"],
};

/** "Mina uppgifter": deadlines due soon or overdue, the next two weeks' meetings, and intake. */
export async function worklist(db: Kysely<Database>, actor: Actor) {
  return db.transaction().execute(async (trx) => {
    const today = stockholmDate(new Date());
    const rules = await deadlineRulesOf(trx, actor.tenantId);
    const roles = await trx
      .selectFrom("case_member as m")
      .innerJoin("cases as c", "c.id", "m.case_id")
      .innerJoin("child", "child.id", "c.child_id")
      .select(["c.id", "c.state", "m.role", "child.given_name", "child.family_name"])
      .where("m.user_id", "=", actor.userId)
      .where("m.left_at", "is", null)
      .where("c.tenant_id", "=", actor.tenantId)
      .where(caseVisibleTo(actor))
      .execute();
    const items: WorklistItem[] = [];
    const seen = new Set<string>();
    for (const r of roles) {
      const kinds = DEADLINES_BY_ROLE[r.role] ?? [];
      for (const d of computeDeadlines(
        deadlineFactsOf(r.state as unknown as CaseState),
        rules,
        today,
      )) {
        const key = `${r.id}:${d.kind}`;
        if (
          !kinds.includes(d.kind) ||
          seen.has(key) ||
          (d.status !== "due_soon" && d.status !== "overdue")
        )
          continue;
        seen.add(key);
        items.push({
          kind: "deadline" as const,
          caseId: r.id,
          childName: `${r.given_name} ${r.family_name}`,
          title: DEADLINE_LABELS[d.kind].sv,
          titleEn: DEADLINE_LABELS[d.kind].en,
          dueDate: d.dueDate,
          status: d.status,
        });
      }
    }
    const meetings = await trx
      .selectFrom("meeting as mt")
      .innerJoin("meeting_invitee as i", "i.meeting_id", "mt.id")
      .innerJoin("case_member as m", "m.id", "i.case_member_id")
      .innerJoin("cases as c", "c.id", "mt.case_id")
      .innerJoin("child", "child.id", "c.child_id")
      .select([
        "mt.id as meeting_id",
        "mt.kind",
        "mt.starts_at",
        "c.id",
        "child.given_name",
        "child.family_name",
      ])
      .where("m.user_id", "=", actor.userId)
      .where("mt.status", "=", "planned")
      .where("mt.starts_at", ">=", new Date())
      .where("mt.starts_at", "<", new Date(Date.now() + 14 * 86_400_000))
      .where(caseVisibleTo(actor))
      .orderBy("mt.starts_at")
      .execute();
    for (const m of meetings) {
      items.push({
        kind: "meeting" as const,
        caseId: m.id,
        meetingId: m.meeting_id,
        childName: `${m.given_name} ${m.family_name}`,
        title: MEETING_KIND_LABELS[m.kind as MeetingKind].sv,
        titleEn: MEETING_KIND_LABELS[m.kind as MeetingKind].en,
        dueDate: m.starts_at.toISOString(),
        status: "upcoming" as const,
      });
    }
    // ---- Outcome instruments (features/instruments/instrument-tasks.ts): measurements due or
    // overdue in the cases the actor coordinates, and forms sent to the actor to fill in.
    items.push(...(await instrumentTasks(trx, actor, today)));
    // ---- end of outcome instruments
    items.push(...(await unsentRequestItems(trx, actor, today)));
    if (hasRole(actor, ...INTAKE_ROLES)) {
      const waiting = await trx
        .selectFrom("cases as c")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("c.tenant_id", "=", actor.tenantId)
        .where(accessConditions(actor).intakeQueue)
        .executeTakeFirstOrThrow();
      if (Number(waiting.n) > 0)
        items.push({
          kind: "intake" as const,
          caseId: null,
          childName: null,
          title: `${Number(waiting.n)} förfrågningar väntar på bedömning`,
          titleEn: `${Number(waiting.n)} requests await assessment`,
          dueDate: null,
          status: null,
        });
    }
    // ---- Plans (features/plans): overdue actions land on the person responsible for them;
    // plans handed over to the actor's units wait for them to accept. ----
    items.push(...(await overduePlanActionItems(trx, actor)));
    items.push(...(await incomingHandoverItems(trx, actor)));
    // ---- end plans ----
    items.push(...(await emergencyAccessItems(trx, actor)));
    // Appointments a later step waits for, on whoever makes them (issue 17.6).
    items.push(...(await caseDutyItems(trx, actor)));
    items.push(...(await takeoverItems(trx, actor)));
    // Meetings that changed (issue 19.5): decisions the actor owns, moved and cancelled meetings.
    items.push(...(await decisionWorklistItems(trx, actor, today)));
    items.push(...(await noticeWorklistItems(trx, actor)));
    // The steering group's decisions the actor owns (the experience log's loop, issue 20.3).
    items.push(...(await conclusionWorklistItems(trx, actor, today)));
    // ---- Attendance (features/attendance): the staircase's tasks and the same-day notices. ----
    items.push(...(await attendanceWorklistItems(trx, actor, today)));
    // Early support and the Barnets bästa lead's asks (issue 22).
    items.push(...(await earlySupportWorklistItems(trx, actor, today)));
    items.push(...(await planStartAskItems(trx, actor)));
    items.sort(
      (a, b) =>
        (a.status === "overdue" ? -1 : 0) - (b.status === "overdue" ? -1 : 0) ||
        String(a.dueDate).localeCompare(String(b.dueDate)),
    );
    const caseIds = [...new Set(items.flatMap((i) => (i.caseId ? [i.caseId] : [])))];
    const children = caseIds.length
      ? await trx.selectFrom("cases").select("child_id").where("id", "in", caseIds).execute()
      : [];
    const pupils = items.flatMap((i) => (i.childId ? [i.childId] : []));
    await recordAuditPerChild(
      trx,
      actor,
      { action: "worklist.read", entityType: "worklist", details: { items: items.length } },
      [...new Set([...children.map((c) => c.child_id), ...pupils])],
    );
    return items;
  });
}
