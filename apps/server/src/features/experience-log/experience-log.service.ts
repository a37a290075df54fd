import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ExperienceLogQuery } from "@kring/contracts";
import { type Actor, hasRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest } from "../../platform/http/errors";
import { seesArea, steeringScope } from "../steering/steering-scope";
import { cellsOf } from "./cells";
import { conclusionsFor } from "./conclusions.repository";
import { reflectionsIn } from "./reflections.repository";
import { themesOf } from "./themes.service";

/**
 * The experience log: the reflections of a period by theme, area and period (never finer than a
 * month), without case, child, staff or date, and the steering group's conclusions. Analysts and
 * steering groups read it, for the areas they see the steering figures of (ADR 0035).
 */
export async function experienceLog(
  db: Kysely<Database>,
  actor: Actor,
  query: z.infer<typeof ExperienceLogQuery>,
) {
  if (query.from > query.to)
    throw badRequest(
      "period_reversed",
      "Periodens början ligger efter dess slut.",
      "The period's start is after its end.",
    );
  return db.transaction().execute(async (trx) => {
    const { allAreas, visible } = await steeringScope(trx, actor);
    const areas = allAreas.filter((a) => seesArea(visible, a.id));
    const area = query.area === undefined ? undefined : areas.find((a) => a.name === query.area);
    if (query.area !== undefined && !area)
      throw new AppError(
        404,
        "unknown_area",
        "Det finns inget sådant område som du kan se.",
        "There is no such area that you can see.",
      );
    const themes = await themesOf(trx, actor.tenantId);
    const organisations = await trx
      .selectFrom("organisation")
      .select(["id", "name"])
      .where("tenant_id", "=", actor.tenantId)
      .execute();
    const facts = (await reflectionsIn(trx, actor.tenantId, query.from, query.to)).filter(
      (f) =>
        seesArea(visible, f.areaId) &&
        (!area || f.areaId === area.id) &&
        (!query.themeId || (f.reflection.themeIds ?? []).includes(query.themeId)) &&
        (!query.organisationId || f.reflection.organisationId === query.organisationId),
    );
    // A reflection about several themes is shown under the chosen one only.
    const chosen = query.themeId
      ? facts.map((f) => ({ ...f, reflection: { ...f.reflection, themeIds: [query.themeId!] } }))
      : facts;
    const cells = cellsOf(chosen, query.grain, {
      theme: (id) => themes.find((t) => t.id === id)?.name ?? null,
      area: (id) => allAreas.find((a) => a.id === id)?.name ?? null,
      organisation: (id) => organisations.find((o) => o.id === id)?.name ?? null,
    });
    const conclusions = await conclusionsFor(trx, actor.tenantId, {
      areaIds: visible === "all" ? null : visible,
      areaId: area?.id,
      themeId: query.themeId,
      from: query.from,
      themes,
    });
    await recordAudit(trx, actor, {
      action: "experience.log_read",
      entityType: "experience_log",
      details: {
        from: query.from,
        to: query.to,
        grain: query.grain,
        area: query.area ?? null,
        themeId: query.themeId ?? null,
        organisationId: query.organisationId ?? null,
        cells: cells.length,
        conclusions: conclusions.length,
      },
    });
    return {
      period: { from: query.from, to: query.to },
      grain: query.grain,
      cells,
      conclusions,
      areas,
      canConclude: hasRole(actor, "steering_group"),
    };
  });
}
