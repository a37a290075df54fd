import type { Kysely } from "kysely";
import { type CivilDate, stockholmDate } from "@kring/domain/cases";
import type { AnyActor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest } from "../../platform/http/errors";
import { deadlineRulesOf } from "../cases/case-rules.repository";
import { addAttendanceFigures } from "./attendance-compute";
import { pupilFacts } from "./attendance-facts.repository";
import { caseFactsUntil } from "./case-facts.repository";
import { computeFigures } from "./compute";
import { measureRulesOf } from "./outcome-facts.repository";
import { type IndicatorGroup, protectedGroups } from "./protect";
import { seesArea, steeringScope } from "./steering-scope";

/** Roles that read the steering figures; neither sees any single case (ADR 0020). */
export const STEERING_ROLES = ["analyst", "steering_group"];

export interface SteeringQuery {
  from: CivilDate;
  to: CivilDate;
  /** An area's name: only that area's figures. */
  area?: string;
}

export interface SteeringReport {
  period: { from: CivilDate; to: CivilDate };
  groups: IndicatorGroup[];
}

/**
 * The indicators for a period, for the municipality and per area. An analyst (and the CLI) sees
 * every area; a steering-group member sees the areas of their units, or the whole municipality
 * when a unit of theirs lies outside every area (the municipality's own steering group).
 */
export async function steeringIndicators(
  db: Kysely<Database>,
  actor: AnyActor,
  query: SteeringQuery,
  today: CivilDate = stockholmDate(new Date()),
): Promise<SteeringReport> {
  if (query.from > query.to)
    throw badRequest(
      "period_reversed",
      "Periodens början ligger efter dess slut.",
      "The period's start is after its end.",
    );
  return db.transaction().execute(async (trx) => {
    const { allAreas, visible } = await steeringScope(trx, actor);
    const facts = await caseFactsUntil(trx, actor.tenantId, query.to);
    const figures = computeFigures(
      facts,
      query,
      today,
      await deadlineRulesOf(trx, actor.tenantId),
      await measureRulesOf(trx, actor.tenantId),
    );
    addAttendanceFigures(figures, await pupilFacts(trx, actor.tenantId), query, today);
    let groups = protectedGroups(figures, allAreas);
    groups = groups.filter((g) => seesArea(visible, g.areaId));
    if (query.area !== undefined) {
      groups = groups.filter((g) => g.area === query.area);
      if (groups.length === 0)
        throw new AppError(
          404,
          "unknown_area",
          "Det finns inget sådant område som du kan se.",
          "There is no such area that you can see.",
        );
    }
    await recordAudit(trx, actor, {
      action: "steering.indicators_read",
      entityType: "steering_indicators",
      details: { from: query.from, to: query.to, area: query.area ?? null, groups: groups.length },
    });
    return { period: { from: query.from, to: query.to }, groups };
  });
}
