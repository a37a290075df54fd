import type { Generated } from "kysely";
import type { CreatedAt, Json, Timestamp, UpdatedAt } from "../schema";

// Sign-in through identity providers (migration 20261209_1000, features/sign-in).

export type ProviderAudience = "staff" | "family";
export type ProviderProtocol = "oidc" | "saml";
export type ProviderUserKey = "email" | "hsa_id" | "eppn" | "personal_number";

export interface IdentityProviderTable {
  id: Generated<string>;
  tenant_id: string;
  audience: ProviderAudience;
  protocol: ProviderProtocol;
  display_name: string;
  settings: Json;
  /** Never sent back to the browser. */
  secrets: Json;
  user_key: ProviderUserKey;
  key_claim: string | null;
  groups_claim: string | null;
  create_unknown_staff: Generated<boolean>;
  enabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface IdentityProviderGroupTable {
  id: Generated<string>;
  tenant_id: string;
  provider_id: string;
  group_name: string;
  unit_id: string;
  role: string;
}

export interface SignInAttemptTable {
  /** SHA-256 of the state sent to the IdP. */
  id: string;
  tenant_id: string;
  provider_id: string;
  browser_hash: string | null;
  data: Json;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface SignInTables {
  identity_provider: IdentityProviderTable;
  identity_provider_group: IdentityProviderGroupTable;
  sign_in_attempt: SignInAttemptTable;
}
