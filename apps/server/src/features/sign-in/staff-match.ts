import { randomBytes } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "../../platform/db/schema";
import { recordAudit } from "../../platform/audit/audit";
import type { ExternalIdentity, Refusal } from "./external-identity";
import type { Provider } from "./providers";

type Trx = Transaction<Database>;

// Staff (ADR 0039): the provider's key finds the account (e-mail, HSA-id or
// eduPersonPrincipalName, case-insensitively, in the provider's tenant). Someone Kring does not
// know gets an account only when the provider allows it and a group in the mapping gives a role:
// an account that sees nothing helps no one. The mapping's memberships follow the groups at every
// sign-in; memberships an administrator gave by hand are never touched.

/** An account signed into only through a provider: no password hash matches it. */
export const NO_PASSWORD = "!external-sign-in";

const KEY_COLUMN = { email: "email", hsa_id: "hsa_id", eppn: "eppn" } as const;

export async function matchStaff(
  trx: Trx,
  provider: Provider,
  identity: ExternalIdentity,
): Promise<{ userId: string; created: boolean } | Refusal> {
  if (provider.userKey === "personal_number") return "no_key";
  const column = KEY_COLUMN[provider.userKey];
  const key = identity.key.trim();
  const found = await trx
    .selectFrom("app_user")
    .select(["id", "active"])
    .where("tenant_id", "=", provider.tenantId)
    .where("kind", "=", "professional")
    .where((eb) => eb(eb.fn("lower", [column]), "=", key.toLowerCase()))
    .executeTakeFirst();
  const mapped = await mappedMemberships(trx, provider, identity.groups);
  if (found) {
    if (!found.active) return "inactive_account";
    await applyMapping(trx, provider, found.id, mapped);
    return { userId: found.id, created: false };
  }
  if (!provider.createUnknownStaff || !mapped || mapped.length === 0) return "unknown_person";
  const user = await trx
    .insertInto("app_user")
    .values({
      tenant_id: provider.tenantId,
      username: await freeUsername(trx, key),
      display_name: identity.displayName?.trim() || key,
      email: identity.email ?? (provider.userKey === "email" ? key : null),
      hsa_id: provider.userKey === "hsa_id" ? key : null,
      eppn: provider.userKey === "eppn" ? key : null,
      kind: "professional",
      password_hash: NO_PASSWORD,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(
    trx,
    { tenantId: provider.tenantId, userId: null, system: "sign-in" },
    {
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      details: { providerId: provider.id },
    },
  );
  await applyMapping(trx, provider, user.id, mapped);
  return { userId: user.id, created: true };
}

/** The key as username when no one has it (usernames are unique across tenants). */
async function freeUsername(trx: Trx, key: string) {
  const base = key.toLowerCase().slice(0, 180);
  const taken = await trx
    .selectFrom("app_user")
    .select("id")
    .where((eb) => eb(eb.fn("lower", ["username"]), "=", base))
    .executeTakeFirst();
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}

type Mapped = { unit_id: string; role: string }[];

/** What the person's groups give; null when the provider maps no groups at all. */
async function mappedMemberships(
  trx: Trx,
  provider: Provider,
  groups: string[],
): Promise<Mapped | null> {
  const rows = await trx
    .selectFrom("identity_provider_group")
    .select(["group_name", "unit_id", "role"])
    .where("provider_id", "=", provider.id)
    .execute();
  if (rows.length === 0) return null;
  const unique = new Map<string, Mapped[number]>();
  for (const r of rows.filter((r) => groups.includes(r.group_name)))
    unique.set(`${r.unit_id}/${r.role}`, { unit_id: r.unit_id, role: r.role });
  return [...unique.values()];
}

async function applyMapping(trx: Trx, provider: Provider, userId: string, mapped: Mapped | null) {
  if (!mapped) return;
  const current = await trx
    .selectFrom("membership")
    .select(["id", "unit_id", "role", "granted_by_provider_id"])
    .where("user_id", "=", userId)
    .where("tenant_id", "=", provider.tenantId)
    .execute();
  const has = (m: Mapped[number]) =>
    current.some((c) => c.unit_id === m.unit_id && c.role === m.role);
  const added = mapped.filter((m) => !has(m));
  const removed = current.filter(
    (c) =>
      c.granted_by_provider_id === provider.id &&
      !mapped.some((m) => m.unit_id === c.unit_id && m.role === c.role),
  );
  if (added.length > 0)
    await trx
      .insertInto("membership")
      .values(
        added.map((m) => ({
          tenant_id: provider.tenantId,
          user_id: userId,
          unit_id: m.unit_id,
          role: m.role,
          granted_by_provider_id: provider.id,
        })),
      )
      .execute();
  if (removed.length > 0)
    await trx
      .deleteFrom("membership")
      .where(
        "id",
        "in",
        removed.map((r) => r.id),
      )
      .execute();
  if (added.length + removed.length > 0)
    await recordAudit(
      trx,
      { tenantId: provider.tenantId, userId: null, system: "sign-in" },
      {
        action: "membership.mapped",
        entityType: "user",
        entityId: userId,
        details: {
          providerId: provider.id,
          added: added.map((m) => ({ unitId: m.unit_id, role: m.role })),
          removed: removed.map((r) => ({ unitId: r.unit_id, role: r.role })),
        },
      },
    );
}
