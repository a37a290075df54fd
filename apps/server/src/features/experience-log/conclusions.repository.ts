import { type Transaction, sql } from "kysely";
import type { CivilDate } from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";

interface Filter {
  /** The areas the reader sees; null: all (municipality-wide conclusions are seen by all). */
  areaIds: string[] | null;
  areaId?: string;
  themeId?: string;
  /** Conclusions made from this day, and every one not yet followed up. */
  from: CivilDate;
  themes: { id: string; name: string }[];
}

/** The steering group's conclusions as the experience log lists them, newest first. */
export async function conclusionsFor(trx: Transaction<Database>, tenantId: string, f: Filter) {
  let q = trx
    .selectFrom("steering_conclusion as c")
    .innerJoin("app_user as o", "o.id", "c.owner_user_id")
    .innerJoin("app_user as b", "b.id", "c.created_by_user_id")
    .leftJoin("area as a", "a.id", "c.area_id")
    .select([
      "c.id",
      "a.name as area",
      "c.theme_ids",
      "c.saw",
      "c.decided",
      "c.follow_up",
      "o.display_name as owner_name",
      "c.follow_up_on",
      "c.created_at",
      "b.display_name as created_by_name",
      "c.followed_up_at",
      "c.followed_up_note",
    ])
    .where("c.tenant_id", "=", tenantId)
    .where((eb) =>
      eb.or([eb("c.followed_up_at", "is", null), eb("c.created_at", ">=", new Date(f.from))]),
    );
  if (f.areaIds !== null) {
    const areaIds = f.areaIds;
    q = q.where((eb) =>
      eb.or([
        eb("c.area_id", "is", null),
        ...(areaIds.length ? [eb("c.area_id", "in", areaIds)] : []),
      ]),
    );
  }
  if (f.areaId) q = q.where("c.area_id", "=", f.areaId);
  if (f.themeId) q = q.where(sql<boolean>`c.theme_ids @> ${JSON.stringify([f.themeId])}::jsonb`);
  const rows = await q.orderBy("c.created_at", "desc").execute();
  return rows.map((r) => ({
    id: r.id,
    area: r.area,
    themes: (r.theme_ids as string[]).map(
      (id) => f.themes.find((t) => t.id === id)?.name ?? "(okänt tema)",
    ),
    saw: r.saw,
    decided: r.decided,
    followUp: r.follow_up,
    ownerName: r.owner_name,
    followUpOn: r.follow_up_on,
    createdAt: r.created_at.toISOString(),
    createdByName: r.created_by_name,
    followedUpAt: r.followed_up_at?.toISOString() ?? null,
    followedUpNote: r.followed_up_note,
  }));
}
