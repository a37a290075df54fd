import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import type {
  ProviderBody,
  ProviderGroup,
  ProviderView,
  SignInSettingsBody,
} from "@kring/contracts";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import type { AppDeps } from "../../platform/http/app";
import { badRequest, conflict, notFound } from "../../platform/http/errors";
import { protocolOf } from "./protocol-list";
import { type Provider, providerById, signInSettingsOf, tenantProviders } from "./providers";

// The administrator's side of sign-in: the tenant's providers (secrets are written, never read
// back), the mapping from groups to units and roles, and the tenant's switches.

type Body = z.infer<typeof ProviderBody>;

export async function signInAdmin(deps: AppDeps, actor: Actor) {
  requireRole(actor, "administrator");
  const providers = await tenantProviders(deps.db, actor.tenantId);
  return {
    ...(await signInSettingsOf(deps.db, actor.tenantId)),
    providers: await Promise.all(providers.map((p) => viewOf(deps, p))),
  };
}

// Refusals that say the settings are wrong rather than the person unknown (ADR 0039).
const SETTINGS_REFUSALS = ["provider_unreachable", "no_key"] as const;
const SAML_SETTINGS_REFUSALS = ["signature", "audience", "destination"] as const;
type Trouble = NonNullable<ProviderView["trouble"]>;

/** The last day's refusals for a reason in the settings, from the audit (no personal data). */
async function troubleOf(deps: AppDeps, p: Provider): Promise<ProviderView["trouble"]> {
  const rows = await deps.db
    .selectFrom("audit_event")
    .select(["at", "details"])
    .where("tenant_id", "=", p.tenantId)
    .where("at", ">", sql<Date>`now() - interval '1 day'`)
    .where("action", "=", "auth.login_refused")
    .where("entity_id", "=", p.id)
    .orderBy("at", "desc")
    .limit(500)
    .execute();
  const reasons = rows.flatMap((r) => {
    const d = r.details as { reason?: string; saml?: string };
    const reason = SAML_SETTINGS_REFUSALS.find((x) => x === d.saml)
      ? d.saml
      : SETTINGS_REFUSALS.find((x) => x === d.reason);
    return reason ? [{ at: r.at, reason: reason as Trouble["reason"] }] : [];
  });
  const newest = reasons[0];
  return newest
    ? { count: reasons.length, reason: newest.reason, lastAt: newest.at.toISOString() }
    : null;
}

async function viewOf(deps: AppDeps, p: Provider): Promise<ProviderView> {
  const protocol = protocolOf(p.protocol);
  const groups = await deps.db
    .selectFrom("identity_provider_group")
    .select(["group_name", "unit_id", "role"])
    .where("provider_id", "=", p.id)
    .orderBy("group_name")
    .execute();
  const shown = Object.fromEntries(
    Object.entries(p.settings).filter(([k]) => !protocol?.secretFields.includes(k)),
  );
  return {
    id: p.id,
    displayName: p.displayName,
    audience: p.audience,
    protocol: p.protocol,
    userKey: p.userKey,
    keyClaim: p.keyClaim,
    groupsClaim: p.groupsClaim,
    createUnknownStaff: p.createUnknownStaff,
    enabled: p.enabled,
    connection: { ...shown, protocol: p.protocol } as ProviderView["connection"],
    secretsSet: Object.entries(p.secrets)
      .filter(([, v]) => typeof v === "string" && v !== "")
      .map(([k]) => k),
    groups: groups.map((g) => ({
      group: g.group_name,
      unitId: g.unit_id,
      role: g.role as ProviderView["groups"][number]["role"],
    })),
    returnUrl: protocol?.returnUrl(deps, p) ?? "",
    trouble: await troubleOf(deps, p),
  };
}

/** The row's columns from the body; secrets apart, each kept when absent and removed by "". */
function columnsOf(body: Body, previousSecrets: Record<string, unknown>) {
  const protocol = protocolOf(body.connection.protocol);
  if (!protocol)
    throw badRequest(
      "protocol_unsupported",
      "Protokollet stöds inte ännu.",
      "The protocol is not supported yet.",
    );
  if (body.audience === "family" && body.userKey !== "personal_number")
    throw badRequest(
      "family_key",
      "Familjer känns igen på personnummer.",
      "Families are recognised by personal identity number.",
    );
  if (body.audience === "staff" && body.userKey === "personal_number")
    throw badRequest(
      "staff_key",
      "Personal känns igen på e-post, HSA-id eller eduPersonPrincipalName.",
      "Staff are recognised by e-mail, HSA id or eduPersonPrincipalName.",
    );
  protocol.validate?.(body.connection);
  const settings: Record<string, unknown> = {};
  const secrets: Record<string, unknown> = { ...previousSecrets };
  for (const [k, v] of Object.entries(body.connection)) {
    if (k === "protocol") continue;
    if (protocol.secretFields.includes(k)) {
      if (v === "") delete secrets[k];
      else if (v !== undefined) secrets[k] = v;
    } else if (v !== undefined) settings[k] = v;
  }
  return {
    audience: body.audience,
    protocol: body.connection.protocol,
    display_name: body.displayName,
    settings: JSON.stringify(settings),
    secrets: JSON.stringify(secrets),
    user_key: body.userKey,
    key_claim: body.keyClaim || null,
    groups_claim: body.groupsClaim || null,
    create_unknown_staff: body.audience === "staff" && body.createUnknownStaff,
    enabled: body.enabled,
  };
}

async function ownProvider(deps: AppDeps, actor: Actor, id: string) {
  const p = await providerById(deps.db, id);
  if (!p || p.tenantId !== actor.tenantId) throw notFound("provider");
  return p;
}

const audited = (action: string, id: string, details: Record<string, unknown> = {}) => ({
  action,
  entityType: "identity_provider",
  entityId: id,
  details,
});

export async function createProvider(deps: AppDeps, actor: Actor, body: Body) {
  requireRole(actor, "administrator");
  const values = columnsOf(body, {});
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("identity_provider")
      .values({ tenant_id: actor.tenantId, ...values })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, audited("identity_provider.create", row.id, changes(body)));
    return row.id;
  });
  return viewOf(deps, (await providerById(deps.db, id))!);
}

export async function updateProvider(deps: AppDeps, actor: Actor, id: string, body: Body) {
  requireRole(actor, "administrator");
  const before = await ownProvider(deps, actor, id);
  const values = columnsOf(
    body,
    before.protocol === body.connection.protocol ? before.secrets : {},
  );
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("identity_provider")
      .set({ ...values, updated_at: new Date() })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, audited("identity_provider.update", id, changes(body)));
    await passwordsStillReachable(trx, actor.tenantId);
  });
  return viewOf(deps, (await providerById(deps.db, id))!);
}

/** Only names of what was set, never a secret. */
const changes = (body: Body) => ({
  audience: body.audience,
  protocol: body.connection.protocol,
  enabled: body.enabled,
  secretsWritten: Object.entries(body.connection)
    .filter(
      ([k, v]) => protocolOf(body.connection.protocol)?.secretFields.includes(k) && v !== undefined,
    )
    .map(([k]) => k),
});

export async function deleteProvider(deps: AppDeps, actor: Actor, id: string) {
  requireRole(actor, "administrator");
  await ownProvider(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    // Memberships the mapping gave stay, now as if given by hand: removing a provider must not
    // take away people's work. Sessions it opened end.
    await trx
      .updateTable("membership")
      .set({ granted_by_provider_id: null })
      .where("granted_by_provider_id", "=", id)
      .execute();
    await trx.deleteFrom("user_session").where("provider_id", "=", id).execute();
    await trx.deleteFrom("identity_provider").where("id", "=", id).execute();
    await recordAudit(trx, actor, audited("identity_provider.delete", id));
    await passwordsStillReachable(trx, actor.tenantId);
  });
  return { ok: true as const };
}

export async function replaceGroups(
  deps: AppDeps,
  actor: Actor,
  id: string,
  groups: z.infer<typeof ProviderGroup>[],
) {
  requireRole(actor, "administrator");
  const provider = await ownProvider(deps, actor, id);
  if (provider.audience !== "staff" && groups.length > 0)
    throw badRequest("family_groups", "Familjer får inga roller.", "Families get no roles.");
  const unitIds = [...new Set(groups.map((g) => g.unitId))];
  const units = unitIds.length
    ? await deps.db
        .selectFrom("unit")
        .select("id")
        .where("tenant_id", "=", actor.tenantId)
        .where("id", "in", unitIds)
        .execute()
    : [];
  if (units.length !== unitIds.length)
    throw badRequest("unknown_unit", "En enhet finns inte.", "A unit does not exist.");
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("identity_provider_group").where("provider_id", "=", id).execute();
    const unique = new Map(groups.map((g) => [`${g.group}\n${g.unitId}\n${g.role}`, g]));
    if (unique.size > 0)
      await trx
        .insertInto("identity_provider_group")
        .values(
          [...unique.values()].map((g) => ({
            tenant_id: actor.tenantId,
            provider_id: id,
            group_name: g.group,
            unit_id: g.unitId,
            role: g.role,
          })),
        )
        .execute();
    await recordAudit(trx, actor, audited("identity_provider.groups", id, { lines: unique.size }));
  });
  return viewOf(deps, (await providerById(deps.db, id))!);
}

export async function updateSignInSettings(
  deps: AppDeps,
  actor: Actor,
  body: z.infer<typeof SignInSettingsBody>,
) {
  requireRole(actor, "administrator");
  const values = {
    ...(body.staffPasswordSignIn !== undefined
      ? { staff_password_sign_in: body.staffPasswordSignIn }
      : {}),
    ...(body.childSignInFromAge !== undefined
      ? { child_sign_in_from_age: body.childSignInFromAge }
      : {}),
    ...(body.contact !== undefined ? { sign_in_contact: body.contact || null } : {}),
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("tenant_settings")
      .values({ tenant_id: actor.tenantId, deadline_rules: "{}", ...values })
      .onConflict((oc) => oc.column("tenant_id").doUpdateSet(values))
      .execute();
    await recordAudit(trx, actor, {
      action: "sign_in_settings.update",
      entityType: "tenant",
      entityId: actor.tenantId,
      details: {
        staffPasswordSignIn: body.staffPasswordSignIn,
        childSignInFromAge: body.childSignInFromAge,
        contactChanged: body.contact !== undefined,
      },
    });
    await passwordsStillReachable(trx, actor.tenantId);
  });
  return signInAdmin(deps, actor);
}

/**
 * Staff passwords may be off only while an enabled staff provider exists: otherwise no one,
 * the administrator included, could sign in to turn them on again.
 */
async function passwordsStillReachable(db: Kysely<Database>, tenantId: string) {
  const settings = await signInSettingsOf(db, tenantId);
  if (settings.staffPasswordSignIn) return;
  const staffProvider = await db
    .selectFrom("identity_provider")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("audience", "=", "staff")
    .where("enabled", "=", true)
    .executeTakeFirst();
  if (!staffProvider)
    throw conflict(
      "Lösenordsinloggning för personal kan bara vara avstängd medan en inloggningstjänst för personal är påslagen.",
      "Staff password sign-in can only be off while a staff identity provider is enabled.",
    );
}

export async function checkProvider(deps: AppDeps, actor: Actor, id: string) {
  requireRole(actor, "administrator");
  const provider = await ownProvider(deps, actor, id);
  const protocol = protocolOf(provider.protocol);
  if (!protocol?.check) return { ok: false, message: "Protokollet kan inte kontrolleras." };
  const result = await protocol.check(deps, provider);
  await deps.db
    .transaction()
    .execute((trx) =>
      recordAudit(trx, actor, audited("identity_provider.check", id, { ok: result.ok })),
    );
  return result;
}
