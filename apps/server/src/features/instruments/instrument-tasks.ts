// Instrument tasks for "Mina uppgifter": measurements due or overdue in the cases a coordinator
// runs, and forms sent to the actor to fill in. The caller audits the worklist read.
import type { Transaction } from "kysely";
import { addDays } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { caseVisibleTo } from "../cases/case-access";
import { instrumentSettingsOf } from "./instrument-settings";
import { measurementTitle } from "./instrument-forms";
import { schedulesFor } from "./schedule.service";

export interface InstrumentTask {
  kind: "instrument" | "form";
  caseId: string;
  requestId?: string;
  childName: string;
  title: string;
  titleEn: string;
  dueDate: string;
  status: "upcoming" | "due_soon" | "overdue";
}

export async function instrumentTasks(
  trx: Transaction<Database>,
  actor: Actor,
  today: string,
): Promise<InstrumentTask[]> {
  if (actor.kind !== "professional") return [];
  const { schedule: rules } = await instrumentSettingsOf(trx, actor.tenantId);
  const coordinated = await trx
    .selectFrom("cases as c")
    .innerJoin("child", "child.id", "c.child_id")
    .select([
      "c.id",
      "c.stage",
      "c.state",
      "child.birth_date",
      "child.given_name",
      "child.family_name",
    ])
    .where("c.tenant_id", "=", actor.tenantId)
    .where("c.stage", "not in", ["closed", "declined"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("case_member as m")
          .select("m.id")
          .whereRef("m.case_id", "=", "c.id")
          .where("m.user_id", "=", actor.userId)
          .where("m.left_at", "is", null)
          .where("m.role", "in", ["coordinator_lead", "coordinator_documenting"]),
      ),
    )
    .where(caseVisibleTo(actor))
    .execute();
  const schedules = await schedulesFor(
    trx,
    actor.tenantId,
    coordinated.map((c) => ({ id: c.id, stage: c.stage, state: c.state, birthDate: c.birth_date })),
    rules,
    today,
  );
  const tasks: InstrumentTask[] = [];
  for (const c of coordinated) {
    for (const m of schedules.get(c.id) ?? []) {
      if (m.status !== "due_soon" && m.status !== "overdue") continue;
      const title = measurementTitle(m, m.occasion, m.meetingKind);
      const titleEn = measurementTitle(m, m.occasion, m.meetingKind, "en");
      tasks.push({
        kind: "instrument",
        caseId: c.id,
        childName: `${c.given_name} ${c.family_name}`,
        title: m.requested ? `${title}: skickad, väntar på svar` : `Skicka ${title}`,
        titleEn: m.requested ? `${titleEn}: sent, awaiting answer` : `Send ${titleEn}`,
        dueDate: m.dueDate,
        status: m.status,
      });
    }
  }
  return [...tasks, ...(await formsToFillIn(trx, actor, today, rules.dueSoonDays))];
}

/** Forms sent to this professional, while they may still see the case. */
async function formsToFillIn(
  trx: Transaction<Database>,
  actor: Actor,
  today: string,
  dueSoonDays: number,
): Promise<InstrumentTask[]> {
  const open = await trx
    .selectFrom("instrument_request as r")
    .innerJoin("cases as c", "c.id", "r.case_id")
    .innerJoin("child", "child.id", "r.child_id")
    .leftJoin("meeting as mt", "mt.id", "r.meeting_id")
    .select([
      "r.id",
      "r.case_id",
      "r.instrument",
      "r.informant",
      "r.version",
      "r.occasion",
      "r.due_date",
    ])
    .select(["mt.kind as meeting_kind", "child.given_name", "child.family_name"])
    .where("r.tenant_id", "=", actor.tenantId)
    .where("r.respondent_user_id", "=", actor.userId)
    .where("r.status", "=", "sent")
    .where(caseVisibleTo(actor))
    .execute();
  const soon = addDays(today, dueSoonDays);
  return open.map((r) => ({
    kind: "form",
    caseId: r.case_id,
    requestId: r.id,
    childName: `${r.given_name} ${r.family_name}`,
    title: `Fyll i ${measurementTitle(r, r.occasion, r.meeting_kind)}`,
    titleEn: `Fill in ${measurementTitle(r, r.occasion, r.meeting_kind, "en")}`,
    dueDate: r.due_date,
    status: r.due_date < today ? "overdue" : r.due_date <= soon ? "due_soon" : "upcoming",
  }));
}
