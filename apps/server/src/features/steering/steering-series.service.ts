import type { Kysely } from "kysely";
import { type CivilDate, stockholmDate } from "@kring/domain/cases";
import { type PeriodSize, type ReportPeriod, periodsEndingAt } from "@kring/domain/statistics";
import type { AnyActor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { deadlineRulesOf } from "../cases/case-rules.repository";
import { addAttendanceFigures } from "./attendance-compute";
import { pupilFacts } from "./attendance-facts.repository";
import { caseFactsUntil } from "./case-facts.repository";
import { computeFigures } from "./compute";
import { measureRulesOf } from "./outcome-facts.repository";
import { INDICATORS } from "./indicators";
import { type IndicatorFigure, protectedGroups } from "./protect";
import { seesArea, steeringScope } from "./steering-scope";

export interface SeriesQuery {
  indicator: string;
  size: PeriodSize;
  /** The last period is the one holding this day. */
  to: CivilDate;
  count: number;
}

export interface SeriesPoint {
  period: ReportPeriod;
  groups: { areaId: string | null; area: string | null; figure: IndicatorFigure }[];
}

/**
 * One indicator over consecutive periods (its trend), for the municipality and each area the
 * reader may see. The cases are read once; each period is computed and protected on its own, the
 * same way as the overview, so a period's figure here equals the overview's for that period.
 */
export async function steeringSeries(
  db: Kysely<Database>,
  actor: AnyActor,
  query: SeriesQuery,
  today: CivilDate = stockholmDate(new Date()),
): Promise<SeriesPoint[]> {
  const index = INDICATORS.findIndex((i) => i.id === query.indicator);
  if (index < 0)
    throw new AppError(
      404,
      "unknown_indicator",
      "Det finns inget sådant nyckeltal.",
      "There is no such indicator.",
    );
  return db.transaction().execute(async (trx) => {
    const { allAreas, visible } = await steeringScope(trx, actor);
    const periods = periodsEndingAt(query.to, query.size, query.count);
    const facts = await caseFactsUntil(trx, actor.tenantId, periods.at(-1)!.to);
    const rules = await deadlineRulesOf(trx, actor.tenantId);
    const measureRules = await measureRulesOf(trx, actor.tenantId);
    const pupils = await pupilFacts(trx, actor.tenantId);
    const points = periods.map((period) => {
      const figures = computeFigures(facts, period, today, rules, measureRules);
      addAttendanceFigures(figures, pupils, period, today);
      const groups = protectedGroups(figures, allAreas);
      return {
        period,
        groups: groups
          .filter((g) => seesArea(visible, g.areaId))
          .map((g) => ({ areaId: g.areaId, area: g.area, figure: g.indicators[index]! })),
      };
    });
    await recordAudit(trx, actor, {
      action: "steering.series_read",
      entityType: "steering_indicators",
      details: { indicator: query.indicator, size: query.size, to: query.to, count: query.count },
    });
    return points;
  });
}
