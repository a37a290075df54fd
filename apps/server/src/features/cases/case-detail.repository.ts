import type { Kysely } from "kysely";
import { APPOINTED_ORDER } from "./member-order";
import type { CaseDetail } from "@kring/contracts";
import {
  type CaseStage,
  type CaseState,
  allowedEvents,
  isActiveStage,
  isTerminalStage,
  computeDeadlines,
  deadlineFactsOf,
  stockholmDate,
  timelineSummary,
} from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";
import { toSummaries } from "../children/children.repository";
import { type Actor, hasRole } from "../../platform/auth/actor";
import { mayApplyEvent } from "./case-event-policy";
import { type GuardedCase, mayRunMeeting } from "./case-guard";
import { closureCheckOf } from "./closure-check";
import { deadlineRulesOf } from "./case-rules.repository";
import { loadConsents } from "./consent.repository";
import { familyContactOf } from "../family/family-support.service";

export async function loadMembers(db: Kysely<Database>, caseId: string) {
  const rows = await db
    .selectFrom("case_member as m")
    .leftJoin("app_user as u", "u.id", "m.user_id")
    .leftJoin("unit", "unit.id", "m.unit_id")
    .select([
      "m.id",
      "m.role",
      "m.user_id",
      "m.unit_id",
      "m.person_name",
      "m.relation",
      "m.email",
      "u.display_name",
      "u.email as user_email",
      "unit.name as unit_name",
    ])
    .where("m.case_id", "=", caseId)
    .where("m.left_at", "is", null)
    .orderBy("m.joined_at")
    .orderBy(APPOINTED_ORDER)
    .orderBy("m.id")
    .execute();
  return rows.map((m) => ({
    id: m.id,
    role: m.role,
    userId: m.user_id,
    displayName: m.display_name ?? m.person_name ?? "",
    unitId: m.unit_id,
    unitName: m.unit_name,
    relation: m.relation,
    email: m.email ?? m.user_email,
  }));
}

/** Everything the case page shows at a glance. */
export async function loadCaseDetail(
  db: Kysely<Database>,
  actor: Actor,
  g: GuardedCase,
): Promise<CaseDetail> {
  const tenantId = actor.tenantId;
  const row = g.row;
  const state = row.state as unknown as CaseState;
  const [child, raisedBy, involved, members, consents, meetings, timeline, rules] =
    await Promise.all([
      db.selectFrom("child").selectAll().where("id", "=", row.child_id).executeTakeFirstOrThrow(),
      db
        .selectFrom("app_user as u")
        .crossJoin("unit")
        .select(["u.display_name", "unit.name"])
        .where("u.id", "=", row.raised_by_user_id)
        .where("unit.id", "=", row.raised_by_unit_id)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom("case_involved_unit as ci")
        .innerJoin("unit", "unit.id", "ci.unit_id")
        .select(["unit.id", "unit.name"])
        .where("ci.case_id", "=", row.id)
        .execute(),
      loadMembers(db, row.id),
      loadConsents(db, tenantId, row.id),
      db
        .selectFrom("meeting")
        .selectAll()
        .where("case_id", "=", row.id)
        .orderBy("starts_at")
        .execute(),
      db
        .selectFrom("case_event as e")
        .leftJoin("app_user as u", "u.id", "e.actor_user_id")
        .select(["e.at", "e.kind", "e.summary", "u.display_name"])
        .where("e.case_id", "=", row.id)
        .orderBy("e.id", "desc")
        .limit(50)
        .execute(),
      deadlineRulesOf(db, tenantId),
    ]);
  const [childSummary] = await toSummaries(db, actor, [child]);
  const today = stockholmDate(new Date());
  const ended = isTerminalStage(row.stage as CaseStage);
  const readOnly = ended || g.basis === "emergency";
  return {
    id: row.id,
    version: row.version,
    stage: row.stage,
    acute: row.acute,
    requestedAt: row.requested_at.toISOString(),
    concern: row.concern,
    triedSoFar: row.tried_so_far,
    child: childSummary!,
    raisedBy: {
      name: raisedBy.display_name,
      unitId: row.raised_by_unit_id,
      unitName: raisedBy.name,
      role: row.raised_by_role,
    },
    familyContact: await familyContactOf(db, row.id),
    involvedUnits: involved,
    decision: state.declined
      ? {
          otherAction: state.declined.otherAction,
          reason: state.declined.reason,
          decidedAt: state.declined.on,
        }
      : null,
    members,
    consents,
    sharedBeyondRaisingUnit: consents.some((c) => c.status === "active"),
    meetings: meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      startsAt: m.starts_at.toISOString(),
      endsAt: m.ends_at.toISOString(),
      place: m.place,
      videoLink: m.video_link,
      status: m.status,
    })),
    deadlines: computeDeadlines(deadlineFactsOf(state), rules, today).map((d) => ({
      kind: d.kind,
      dueDate: d.dueDate,
      doneOn: d.doneAt ?? null,
      status: d.status,
    })),
    // Only the steps this user may take: the page never offers what the server would refuse.
    allowedEvents: readOnly
      ? []
      : allowedEvents(state, undefined)
          .filter((e) => mayApplyEvent(actor, g, e.type))
          .map((e) =>
            e.type === "hold_meeting"
              ? { ...e, meetingKinds: e.meetingKinds.filter((k) => mayRunMeeting(g, k)) }
              : { ...e },
          )
          .filter((e) => e.type !== "hold_meeting" || (e.meetingKinds?.length ?? 0) > 0),
    lastDecision: row.last_decision,
    closure: state.closure
      ? {
          reason: state.closure.reason,
          note: state.closure.note ?? null,
          whatWorked: state.closure.reflection?.whatWorked ?? null,
          whatGotInTheWay: state.closure.reflection?.whatGotInTheWay ?? null,
          on: state.closure.on,
          earlyReason: state.closure.earlyReason ?? null,
          measurementSkipReason: state.closure.measurementSkipReason ?? null,
        }
      : null,
    evaluations: (state.evaluations ?? []).map((e) => ({ ...e })),
    closureCheck:
      readOnly || !isActiveStage(state.stage) ? null : await closureCheckOf(db, actor, g, rules),
    authorityActions: state.authorityActions.map((a) => ({
      kind: a.kind,
      note: a.note,
      on: a.on,
      closedCase: a.closedCase,
    })),
    timeline: timeline.map((t) => {
      const summary = timelineSummary(t.kind, t.summary);
      return {
        at: t.at.toISOString(),
        kind: t.kind,
        summary: summary.sv,
        summaryEn: summary.en,
        actorName: t.display_name,
      };
    }),
    myRoles: g.myRoles,
    accessBasis: g.basis,
    readOnly,
    mayReopen: ended && g.basis !== "emergency" && hasRole(actor, "central_coordinator"),
  };
}
