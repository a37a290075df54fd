import { stockholmDate } from "@kring/domain/cases";
import { type Kysely, sql } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { reviewSettings } from "../log-review/review-settings";
import { guardFamilyChild } from "./family-access";
import { familyAudit } from "./family-actor";

// The family sees who read (issue #21): which professionals and units opened the child's case,
// plan and forms, and when. One line per person, kind and day (the latest time), so that a
// busy week reads as a list, not a log. Emergency accesses say why (the reason category).

const KIND_OF: Record<string, "case" | "plan" | "forms" | "child" | "emergency"> = {
  "case.read": "case",
  "meeting.read": "case",
  "network_map.read": "case",
  "attachment.read": "case",
  "plan.read": "plan",
  "plan.print": "plan",
  "plan.compare": "plan",
  "plan.export_fhir": "plan",
  "instrument.list": "forms",
  "instrument.request.read": "forms",
  "instrument.export.fhir": "forms",
  "child.read": "child",
  "case.emergency_access": "emergency",
};
/** A year back: what a family asks about is recent; the log review covers the rest. */
const DAYS_BACK = 366;
const MAX_LINES = 300;

const ageOn = (birthDate: string, today: string) => {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
};

export async function familyReads(db: Kysely<Database>, actor: Actor, childId: string) {
  return db.transaction().execute(async (trx) => {
    await guardFamilyChild(trx, actor, childId);
    const { childSeesReadsFromAge } = await reviewSettings(trx, actor.tenantId);
    const fromAge = actor.kind === "child" ? childSeesReadsFromAge : null;
    if (actor.kind === "child") {
      const child = await trx
        .selectFrom("child")
        .select(sql<string>`to_char(birth_date, 'YYYY-MM-DD')`.as("birth"))
        .where("id", "=", childId)
        .executeTakeFirstOrThrow();
      if (ageOn(child.birth, stockholmDate(new Date())) < childSeesReadsFromAge)
        return { shown: false, fromAge: childSeesReadsFromAge, reads: [] };
    }
    const since = new Date(Date.now() - DAYS_BACK * 86_400_000);
    const rows = await trx
      .selectFrom("audit_event as e")
      .innerJoin("app_user as u", "u.id", "e.actor_user_id")
      .select([
        "e.at",
        "e.action",
        "e.actor_user_id",
        "u.display_name",
        sql<string | null>`e.details->>'category'`.as("category"),
        // The unit the person is in the child's network for, else their first unit of work.
        sql<string | null>`coalesce(
          (select un.name from case_member m join cases c on c.id = m.case_id
             join unit un on un.id = m.unit_id
           where m.user_id = e.actor_user_id and c.child_id = e.child_id
           order by m.joined_at desc limit 1),
          (select un.name from membership ms join unit un on un.id = ms.unit_id
           where ms.user_id = e.actor_user_id order by ms.created_at limit 1))`.as("unit"),
        sql<string | null>`(select ms.role from membership ms where ms.user_id = e.actor_user_id
           order by ms.created_at limit 1)`.as("role"),
        sql<string | null>`(select ea.reason_category from emergency_access ea
           join cases c on c.id = ea.case_id
           where ea.user_id = e.actor_user_id and c.child_id = e.child_id
             and e.at between ea.granted_at and ea.expires_at
             and not exists (select 1 from case_member m where m.case_id = c.id
               and m.user_id = e.actor_user_id and m.joined_at <= e.at
               and (m.left_at is null or m.left_at >= e.at))
           order by ea.granted_at desc limit 1)`.as("emergency"),
      ])
      .where("e.tenant_id", "=", actor.tenantId)
      .where("e.child_id", "=", childId)
      .where("e.at", ">=", since)
      .where("u.kind", "=", "professional")
      .where("e.action", "in", Object.keys(KIND_OF))
      .orderBy("e.at", "desc")
      .limit(5000)
      .execute();
    const lines = new Map<
      string,
      {
        at: string;
        kind: (typeof KIND_OF)[string];
        times: number;
        name: string;
        role: string | null;
        unit: string | null;
        emergencyCategory: string | null;
      }
    >();
    for (const r of rows) {
      const kind = KIND_OF[r.action]!;
      const key = `${r.actor_user_id}|${kind}|${stockholmDate(r.at)}|${r.emergency ?? ""}`;
      const line = lines.get(key);
      if (line) {
        line.times += 1;
        continue;
      }
      if (lines.size >= MAX_LINES) break;
      lines.set(key, {
        at: r.at.toISOString(),
        kind,
        times: 1,
        name: r.display_name,
        role: r.role,
        unit: r.unit,
        emergencyCategory: kind === "emergency" ? r.category : r.emergency,
      });
    }
    await familyAudit(trx, actor, "family.reads_list", childId, { lines: lines.size });
    return { shown: true, fromAge, reads: [...lines.values()] };
  });
}
