import { type Kysely, type Transaction, sql } from "kysely";
import type { z } from "zod";
import type { ExperienceThemeCreate, ExperienceThemeUpdate } from "@kring/contracts";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, forbidden, notFound } from "../../platform/http/errors";
import { belongsToTenant } from "../organisation/organisation.repository";

type Db = Kysely<Database> | Transaction<Database>;

/** The themes a tenant starts with (issue 20.3); the administrator renames, adds and archives. */
export const DEFAULT_THEMES = [
  "samverkan",
  "skolans anpassningar",
  "väntetider",
  "delaktighet",
  "övergångar",
];

/**
 * A tenant that has never had a theme gets the defaults on first look: tenants are created by
 * the CLI and the demo, and the list belongs to the tenant once it exists (archived ones too).
 */
async function ensureDefaults(db: Db, tenantId: string) {
  const any = await db
    .selectFrom("experience_theme")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .limit(1)
    .executeTakeFirst();
  if (any) return;
  await db
    .insertInto("experience_theme")
    .values(DEFAULT_THEMES.map((name) => ({ tenant_id: tenantId, name })))
    .onConflict((oc) => oc.columns(["tenant_id", "name"]).doNothing())
    .execute();
}

/** Every theme of the tenant, the archived ones after, each with its name. */
export async function themesOf(db: Db, tenantId: string) {
  await ensureDefaults(db, tenantId);
  const rows = await db
    .selectFrom("experience_theme")
    .select(["id", "name", "archived_at"])
    .where("tenant_id", "=", tenantId)
    .orderBy(sql`archived_at is not null`)
    .orderBy("name")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, archived: r.archived_at !== null }));
}

/** The choices of the closure and evaluation dialogs: themes and the tenant's organisations. */
export async function reflectionChoices(db: Kysely<Database>, actor: Actor) {
  if (actor.kind !== "professional") throw forbidden();
  return db.transaction().execute(async (trx) => {
    const organisations = await trx
      .selectFrom("organisation")
      .select(["id", "name"])
      .where("tenant_id", "=", actor.tenantId)
      .orderBy("name")
      .execute();
    return { themes: await themesOf(trx, actor.tenantId), organisations };
  });
}

const duplicate = () =>
  new AppError(
    409,
    "theme_exists",
    "Det finns redan ett tema med det namnet.",
    "There is already a theme with that name.",
  );

async function nameTaken(trx: Db, tenantId: string, name: string, except?: string) {
  let q = trx
    .selectFrom("experience_theme")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where(sql<boolean>`lower(name) = lower(${name})`);
  if (except) q = q.where("id", "<>", except);
  return !!(await q.executeTakeFirst());
}

export async function createTheme(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof ExperienceThemeCreate>,
) {
  requireRole(actor, "administrator");
  return db.transaction().execute(async (trx) => {
    await ensureDefaults(trx, actor.tenantId);
    if (await nameTaken(trx, actor.tenantId, input.name)) throw duplicate();
    const row = await trx
      .insertInto("experience_theme")
      .values({ tenant_id: actor.tenantId, name: input.name })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "experience.theme_created",
      entityType: "experience_theme",
      entityId: row.id,
    });
    return { id: row.id, name: input.name, archived: false };
  });
}

export async function updateTheme(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: z.infer<typeof ExperienceThemeUpdate>,
) {
  requireRole(actor, "administrator");
  return db.transaction().execute(async (trx) => {
    const theme = await trx
      .selectFrom("experience_theme")
      .select(["id", "name", "archived_at"])
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (!theme) throw notFound("theme");
    if (input.name !== undefined && (await nameTaken(trx, actor.tenantId, input.name, id)))
      throw duplicate();
    const archivedAt =
      input.archived === undefined
        ? theme.archived_at
        : input.archived
          ? (theme.archived_at ?? new Date())
          : null;
    await trx
      .updateTable("experience_theme")
      .set({ name: input.name ?? theme.name, archived_at: archivedAt })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "experience.theme_updated",
      entityType: "experience_theme",
      entityId: id,
      details: { renamed: input.name !== undefined, archived: archivedAt !== null },
    });
    return { id, name: input.name ?? theme.name, archived: archivedAt !== null };
  });
}

/**
 * The themes and organisation a reflection names must be the tenant's, and a theme still in use
 * (an archived one is no longer offered). Refused as input, before the step is taken.
 */
export async function checkReflectionChoices(
  trx: Db,
  tenantId: string,
  reflections: ({ themeIds?: string[]; organisationId?: string } | undefined)[],
) {
  const themeIds = [...new Set(reflections.flatMap((r) => r?.themeIds ?? []))];
  if (themeIds.length) {
    const found = await trx
      .selectFrom("experience_theme")
      .select("id")
      .where("tenant_id", "=", tenantId)
      .where("archived_at", "is", null)
      .where("id", "in", themeIds)
      .execute();
    if (found.length !== themeIds.length)
      throw new AppError(
        400,
        "unknown_theme",
        "Ett valt tema finns inte (längre). Ladda om sidan och välj igen.",
        "A chosen theme does not exist (any more). Reload the page and choose again.",
      );
  }
  const organisationIds = reflections.map((r) => r?.organisationId);
  if (!(await belongsToTenant(trx, "organisation", tenantId, organisationIds)))
    throw new AppError(
      400,
      "unknown_organisation",
      "Den valda organisationen finns inte.",
      "The chosen organisation does not exist.",
    );
}
