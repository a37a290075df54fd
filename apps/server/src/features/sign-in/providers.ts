import type { Kysely, Selectable } from "kysely";
import type { Database } from "../../platform/db/schema";
import type {
  IdentityProviderTable,
  ProviderAudience,
  ProviderProtocol,
  ProviderUserKey,
} from "../../platform/db/tables/sign-in";

/** A provider as the server uses it, secrets included: never sent to a browser as it is. */
export interface Provider {
  id: string;
  tenantId: string;
  audience: ProviderAudience;
  protocol: ProviderProtocol;
  displayName: string;
  settings: Record<string, unknown>;
  secrets: Record<string, unknown>;
  userKey: ProviderUserKey;
  keyClaim: string | null;
  groupsClaim: string | null;
  createUnknownStaff: boolean;
  enabled: boolean;
}

const COLUMNS = [
  "id",
  "tenant_id",
  "audience",
  "protocol",
  "display_name",
  "settings",
  "secrets",
  "user_key",
  "key_claim",
  "groups_claim",
  "create_unknown_staff",
  "enabled",
] as const;

type Row = Pick<Selectable<IdentityProviderTable>, (typeof COLUMNS)[number]>;

const toProvider = (r: Row): Provider => ({
  id: r.id,
  tenantId: r.tenant_id,
  audience: r.audience,
  protocol: r.protocol,
  displayName: r.display_name,
  settings: r.settings,
  secrets: r.secrets,
  userKey: r.user_key,
  keyClaim: r.key_claim,
  groupsClaim: r.groups_claim,
  createUnknownStaff: r.create_unknown_staff,
  enabled: r.enabled,
});

/** The provider by id in any tenant (the sign-in routes know no tenant but the provider's). */
export async function providerById(db: Kysely<Database>, id: string): Promise<Provider | null> {
  const row = await db
    .selectFrom("identity_provider")
    .select(COLUMNS)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toProvider(row) : null;
}

export async function tenantProviders(db: Kysely<Database>, tenantId: string) {
  const rows = await db
    .selectFrom("identity_provider")
    .select(COLUMNS)
    .where("tenant_id", "=", tenantId)
    .orderBy("display_name")
    .execute();
  return rows.map(toProvider);
}

/** The enabled providers a sign-in page offers, with their tenant's name. */
export async function signInOptions(db: Kysely<Database>) {
  const rows = await db
    .selectFrom("identity_provider as p")
    .innerJoin("tenant as t", "t.id", "p.tenant_id")
    .select(["p.id", "p.display_name", "p.audience", "t.name as tenant_name"])
    .where("p.enabled", "=", true)
    .orderBy("t.name")
    .orderBy("p.display_name")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    audience: r.audience,
    tenantName: r.tenant_name,
  }));
}

export async function signInSettingsOf(db: Kysely<Database>, tenantId: string) {
  const row = await db
    .selectFrom("tenant_settings")
    .select(["staff_password_sign_in", "child_sign_in_from_age", "sign_in_contact"])
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return {
    staffPasswordSignIn: row?.staff_password_sign_in ?? true,
    childSignInFromAge: row?.child_sign_in_from_age ?? null,
    contact: row?.sign_in_contact ?? null,
  };
}
