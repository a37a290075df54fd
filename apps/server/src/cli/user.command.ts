import { Command } from "commander";
import { say } from "./cli-locale";
import { PROFESSIONAL_ROLES } from "@kring/domain";
import { recordAudit } from "../platform/audit/audit";
import { hashPassword } from "../platform/auth/password";
import { passwordWeakness } from "../platform/auth/password-policy";
import { createTenant, findTenant } from "../features/organisation/tenant";
import { fail, withDatabase } from "./with-database";

interface CreateOptions {
  tenant?: string;
  tenantName?: string;
  username: string;
  name: string;
  password?: string;
  role?: string;
  unit?: string;
}

export function userCommand() {
  const user = new Command("user").description("Manage user accounts.");
  user
    .command("create")
    .description(
      "Create a user; with --role and --unit also a membership (e.g. the first administrator).",
    )
    .requiredOption("--username <username>", "login name")
    .requiredOption("--name <name>", "display name")
    .option(
      "--password <password>",
      "password (or KRING_PASSWORD): at least 12 characters, not a common one",
    )
    .option("--tenant <slug>", "tenant slug (default: the only tenant)")
    .option("--tenant-name <name>", "create the tenant with this name if it does not exist")
    .option("--role <role>", `professional role: ${PROFESSIONAL_ROLES.join(", ")}`)
    .option("--unit <name>", "unit name for the membership (created as kind 'other' if missing)")
    .action(async (opts: CreateOptions) => {
      const password = opts.password ?? process.env.KRING_PASSWORD;
      if (!password)
        fail(
          say(
            "A password is needed (--password or KRING_PASSWORD).",
            "Ett lösenord behövs (--password eller KRING_PASSWORD).",
          ),
        );
      const weakness = passwordWeakness(password, opts.username);
      if (weakness === "too_short")
        fail(
          say("The password needs at least 12 characters.", "Lösenordet behöver minst 12 tecken."),
        );
      if (weakness)
        fail(
          say(
            "The password is too easy to guess (common, repeated or like the username).",
            "Lösenordet är för lätt att gissa (vanligt, upprepat eller likt användarnamnet).",
          ),
        );
      if (opts.role && !(PROFESSIONAL_ROLES as readonly string[]).includes(opts.role)) {
        fail(
          say(
            `Unknown role "${opts.role}". Roles: ${PROFESSIONAL_ROLES.join(", ")}`,
            `Okänd roll "${opts.role}". Roller: ${PROFESSIONAL_ROLES.join(", ")}`,
          ),
        );
      }
      if (opts.role && !opts.unit) fail(say("--role needs --unit.", "--role kräver --unit."));
      await withDatabase(async ({ db }) => {
        let tenant = await findTenant(db, opts.tenant);
        if (!tenant && opts.tenant && opts.tenantName) {
          tenant = await createTenant(db, { slug: opts.tenant, name: opts.tenantName });
        }
        if (!tenant)
          fail(
            say(
              "No such tenant. Give --tenant <slug> (and --tenant-name to create it).",
              "Ingen sådan organisation. Ange --tenant <slug> (och --tenant-name för att skapa den).",
            ),
          );
        const tenantId = tenant.id;
        const hash = await hashPassword(password);
        const id = await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto("app_user")
            .values({
              tenant_id: tenantId,
              username: opts.username,
              display_name: opts.name,
              kind: "professional",
              password_hash: hash,
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          if (opts.role && opts.unit) {
            let unit = await trx
              .selectFrom("unit")
              .select("id")
              .where("tenant_id", "=", tenantId)
              .where("name", "=", opts.unit)
              .executeTakeFirst();
            if (!unit) {
              const org =
                (await trx
                  .selectFrom("organisation")
                  .select("id")
                  .where("tenant_id", "=", tenantId)
                  .executeTakeFirst()) ??
                (await trx
                  .insertInto("organisation")
                  .values({ tenant_id: tenantId, name: tenant.name, kind: "municipality" })
                  .returning("id")
                  .executeTakeFirstOrThrow());
              unit = await trx
                .insertInto("unit")
                .values({
                  tenant_id: tenantId,
                  organisation_id: org.id,
                  area_id: null,
                  name: opts.unit,
                  kind: "other",
                })
                .returning("id")
                .executeTakeFirstOrThrow();
            }
            const membership = await trx
              .insertInto("membership")
              .values({ tenant_id: tenantId, user_id: row.id, unit_id: unit.id, role: opts.role })
              .returning("id")
              .executeTakeFirstOrThrow();
            // Every role change is audited, also the first administrator's (ADR 0020).
            await recordAudit(
              trx,
              { tenantId, userId: null, system: "cli" },
              {
                action: "membership.create",
                entityType: "membership",
                entityId: membership.id,
                details: { userId: row.id, unitId: unit.id, role: opts.role },
              },
            );
          }
          await recordAudit(
            trx,
            { tenantId, userId: null, system: "cli" },
            {
              action: "user.create",
              entityType: "user",
              entityId: row.id,
            },
          );
          return row.id;
        });
        process.stdout.write(
          `${say(`User ${opts.username} created`, `Användaren ${opts.username} skapad`)} (${id}).\n`,
        );
      });
    });
  return user;
}
