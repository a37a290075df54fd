import type { Kysely } from "kysely";
import type { AnyActor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, forbidden } from "../../platform/http/errors";
import { INDICATORS } from "./indicators";
import { seesArea, steeringGroupAreas, steeringScope, tenantAreas } from "./steering-scope";

export interface SteeringTarget {
  indicator: string;
  /** Null: the whole municipality. */
  area: string | null;
  target: number;
  amber: number | null;
}

const NO_AREA = "00000000-0000-0000-0000-000000000000";

/** The targets the reader may see: the municipality's (when they see it) and their areas'. */
export async function listTargets(
  db: Kysely<Database>,
  actor: AnyActor,
): Promise<SteeringTarget[]> {
  const { visible } = await steeringScope(db, actor);
  const rows = await db
    .selectFrom("steering_target as t")
    .leftJoin("area as a", "a.id", "t.area_id")
    .select(["t.indicator_id", "t.area_id", "a.name", "t.target", "t.amber"])
    .where("t.tenant_id", "=", actor.tenantId)
    .orderBy("t.indicator_id")
    .orderBy("a.name")
    .execute();
  return rows
    .filter((r) => seesArea(visible, r.area_id))
    .map((r) => ({
      indicator: r.indicator_id,
      area: r.name,
      target: Number(r.target),
      amber: r.amber === null ? null : Number(r.amber),
    }));
}

/**
 * Sets (or with `target` null, removes) a target. Targets are the steering group's: a member for
 * the whole municipality sets any, an area's member only that area's; analysts read them only.
 */
export async function setTarget(
  db: Kysely<Database>,
  actor: AnyActor,
  input: { indicator: string; area: string | null; target: number | null; amber: number | null },
): Promise<void> {
  const def = INDICATORS.find((i) => i.id === input.indicator);
  if (!def)
    throw new AppError(
      404,
      "unknown_indicator",
      "Det finns inget sådant nyckeltal.",
      "There is no such indicator.",
    );
  if (input.target !== null && input.amber !== null) {
    const amberIsWorse =
      def.kind === "days" ? input.amber > input.target : input.amber < input.target;
    if (!amberIsWorse)
      throw badRequest(
        "amber_not_below_target",
        "Gränsen för gult måste vara sämre än målet (lägre, eller för ledtider högre).",
        "The amber limit must be worse than the target (lower, or for lead times higher).",
      );
  }
  if (def.kind === "share" && input.target !== null && (input.target < 0 || input.target > 1))
    throw badRequest(
      "target_out_of_range",
      "Målet är en andel mellan 0 och 100 %.",
      "The target is a share from 0 to 100 %.",
    );
  await db.transaction().execute(async (trx) => {
    const answersFor = await steeringGroupAreas(trx, actor);
    const allAreas = await tenantAreas(trx, actor.tenantId);
    const area = input.area === null ? null : allAreas.find((a) => a.name === input.area);
    if (area === undefined)
      throw new AppError(
        404,
        "unknown_area",
        "Det finns inget sådant område.",
        "There is no such area.",
      );
    const mayEdit = answersFor === "all" || (area !== null && answersFor.includes(area.id));
    if (!mayEdit) throw forbidden();
    await trx
      .deleteFrom("steering_target")
      .where("tenant_id", "=", actor.tenantId)
      .where("indicator_id", "=", input.indicator)
      .where((eb) => (area === null ? eb("area_id", "is", null) : eb("area_id", "=", area.id)))
      .execute();
    if (input.target !== null)
      await trx
        .insertInto("steering_target")
        .values({
          tenant_id: actor.tenantId,
          indicator_id: input.indicator,
          area_id: area?.id ?? null,
          target: input.target,
          amber: input.amber,
          updated_at: new Date(),
        })
        .execute();
    await recordAudit(trx, actor, {
      action: input.target === null ? "steering.target_removed" : "steering.target_set",
      entityType: "steering_target",
      entityId: `${input.indicator}:${area?.id ?? NO_AREA}`,
      details: {
        indicator: input.indicator,
        area: input.area,
        target: input.target,
        amber: input.amber,
      },
    });
  });
}
