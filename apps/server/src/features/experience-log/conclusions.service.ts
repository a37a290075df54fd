import type { Kysely } from "kysely";
import type { z } from "zod";
import type {
  ConclusionFollowedUp,
  SteeringConclusionCreate,
  WorklistItem,
} from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import { type Actor, hasRole, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, forbidden, notFound } from "../../platform/http/errors";
import { seesArea, steeringScope } from "../steering/steering-scope";

// The learning loop (HUB): the steering group records what it saw in the reflections, what it
// decides and how it is followed up, with an owner and a date. The owner finds it in "Mina
// uppgifter" until marked followed up (ADR 0024's done-with-a-note).

/** Who may own a conclusion: the tenant's active professionals, by name. */
export async function conclusionOwners(db: Kysely<Database>, actor: Actor) {
  requireRole(actor, "steering_group");
  const rows = await db
    .selectFrom("app_user")
    .select(["id", "display_name as name"])
    .where("tenant_id", "=", actor.tenantId)
    .where("kind", "=", "professional")
    .where("active", "=", true)
    .orderBy("display_name")
    .execute();
  return { owners: rows };
}

export async function recordConclusion(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof SteeringConclusionCreate>,
) {
  requireRole(actor, "steering_group");
  return db.transaction().execute(async (trx) => {
    const { allAreas, visible } = await steeringScope(trx, actor);
    // A conclusion for the whole municipality is for the municipality's own steering group.
    if (!seesArea(visible, input.areaId ?? null)) throw forbidden();
    if (input.areaId && !allAreas.some((a) => a.id === input.areaId))
      throw badRequest("unknown_area", "Området finns inte.", "No such area.");
    const themeIds = [...new Set(input.themeIds)];
    const themes = await trx
      .selectFrom("experience_theme")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "in", themeIds)
      .execute();
    if (themes.length !== themeIds.length)
      throw badRequest(
        "unknown_theme",
        "Ett valt tema finns inte.",
        "A chosen theme does not exist.",
      );
    const owner = await trx
      .selectFrom("app_user")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", input.ownerUserId)
      .where("kind", "=", "professional")
      .where("active", "=", true)
      .executeTakeFirst();
    if (!owner)
      throw badRequest(
        "unknown_owner",
        "Den ansvarige finns inte bland kommunens användare.",
        "The owner is not among the municipality's users.",
      );
    const row = await trx
      .insertInto("steering_conclusion")
      .values({
        tenant_id: actor.tenantId,
        area_id: input.areaId ?? null,
        theme_ids: JSON.stringify(themeIds),
        saw: input.saw,
        decided: input.decided,
        follow_up: input.followUp,
        owner_user_id: input.ownerUserId,
        follow_up_on: input.followUpOn,
        created_by_user_id: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "experience.conclusion_recorded",
      entityType: "steering_conclusion",
      entityId: row.id,
      details: { themes: themeIds.length, ownerUserId: input.ownerUserId },
    });
    return { id: row.id };
  });
}

/** The owner, or a member of a steering group, marks a conclusion followed up. */
export async function markConclusionFollowedUp(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: z.infer<typeof ConclusionFollowedUp>,
) {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("steering_conclusion")
      .select(["id", "owner_user_id", "followed_up_at"])
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw notFound("conclusion");
    if (row.owner_user_id !== actor.userId && !hasRole(actor, "steering_group"))
      throw notFound("conclusion");
    if (row.followed_up_at)
      throw new AppError(
        409,
        "already_followed_up",
        "Beslutet är redan uppföljt.",
        "The decision is already followed up.",
      );
    await trx
      .updateTable("steering_conclusion")
      .set({
        followed_up_at: new Date(),
        followed_up_by_user_id: actor.userId,
        followed_up_note: input.note || null,
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "experience.conclusion_followed_up",
      entityType: "steering_conclusion",
      entityId: id,
      details: { withNote: !!input.note },
    });
  });
}

/** "Mina uppgifter": the conclusions the actor owns that are not yet followed up. */
export async function conclusionWorklistItems(
  trx: Kysely<Database>,
  actor: Actor,
  today: string,
): Promise<WorklistItem[]> {
  const rows = await trx
    .selectFrom("steering_conclusion")
    .select(["id", "decided", "follow_up_on"])
    .where("tenant_id", "=", actor.tenantId)
    .where("owner_user_id", "=", actor.userId)
    .where("followed_up_at", "is", null)
    .orderBy("follow_up_on")
    .execute();
  const soon = stockholmDate(new Date(Date.now() + 7 * 86_400_000));
  return rows.map((r) => ({
    kind: "steering_conclusion" as const,
    caseId: null,
    childName: null,
    taskId: r.id,
    title: `Följ upp styrgruppens beslut: ${r.decided}`,
    titleEn: `Follow up the steering group's decision: ${r.decided}`,
    dueDate: r.follow_up_on,
    status: r.follow_up_on < today ? "overdue" : r.follow_up_on <= soon ? "due_soon" : "upcoming",
  }));
}
