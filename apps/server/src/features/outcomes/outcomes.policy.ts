import type { Kysely } from "kysely";
import { type CaseStage, isTerminalStage } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { caseVisibleTo } from "../cases/case-access";

/** Staff who grade and test the pupil at the school or preschool the child attends now. */
const SCHOOL_ROLES = ["teacher_mentor", "principal", "special_educator"];

export interface OutcomeAccess {
  /** The child's cases the actor sees now: instrument results come only from these. */
  caseIds: string[];
  mayView: boolean;
  mayRecordSchoolOutcomes: boolean;
}

/**
 * Instrument results follow the case's access rule (network and consent). School outcomes are
 * the school's own records: its staff see and record them, and so do those who see a case of the
 * child, where consent shares the school's information with the network; coordinators record
 * what the school reports. Analysts, guardians and children hold none of these.
 */
export async function outcomeAccess(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
): Promise<OutcomeAccess> {
  if (actor.kind !== "professional")
    return { caseIds: [], mayView: false, mayRecordSchoolOutcomes: false };
  const cases = await db
    .selectFrom("cases as c")
    .select((eb) => [
      "c.id",
      "c.stage",
      eb
        .exists(
          eb
            .selectFrom("case_member as m")
            .select("m.id")
            .whereRef("m.case_id", "=", "c.id")
            .where("m.user_id", "=", actor.userId)
            .where("m.left_at", "is", null)
            .where("m.role", "in", ["coordinator_lead", "coordinator_documenting"]),
        )
        .as("coordinator"),
    ])
    .where("c.tenant_id", "=", actor.tenantId)
    .where("c.child_id", "=", childId)
    .where(caseVisibleTo(actor))
    .execute();
  const schoolUnits = actor.memberships
    .filter((m) => SCHOOL_ROLES.includes(m.role))
    .map((m) => m.unitId);
  const atSchool =
    schoolUnits.length > 0 &&
    !!(await db
      .selectFrom("child_unit as cu")
      .innerJoin("unit as u", "u.id", "cu.unit_id")
      .select("cu.id")
      .where("cu.tenant_id", "=", actor.tenantId)
      .where("cu.child_id", "=", childId)
      .where("cu.to_date", "is", null)
      .where("cu.unit_id", "in", schoolUnits)
      .where("u.kind", "in", ["school", "preschool"])
      .executeTakeFirst());
  return {
    caseIds: cases.map((c) => c.id),
    mayView: cases.length > 0 || atSchool,
    // A coordinator records what the school reports only while the case runs: a closed or
    // declined case gives no right to change anything (ADR 0020).
    mayRecordSchoolOutcomes:
      atSchool || cases.some((c) => c.coordinator && !isTerminalStage(c.stage as CaseStage)),
  };
}
