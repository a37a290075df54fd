-- Sign-in through the tenant's identity providers (issue 19.1-2, ADR on external sign-in): staff
-- through the municipality's or region's IdP, families with Swedish e-ID through a broker, by
-- OpenID Connect or SAML 2.0. One protocol-neutral core matches the verified person to an
-- account; each protocol only proves who it is.

CREATE TABLE identity_provider (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  audience text NOT NULL CHECK (audience IN ('staff', 'family')),
  protocol text NOT NULL CHECK (protocol IN ('oidc', 'saml')),
  display_name text NOT NULL,
  -- The protocol's settings that may be shown (issuer, client id, metadata, certificates).
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Client secret, SP private key: never sent back to the browser, only replaced.
  secrets jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Which of the person's identifiers is the key to the account; families: always the number.
  user_key text NOT NULL CHECK (user_key IN ('email', 'hsa_id', 'eppn', 'personal_number')),
  -- The claim or attribute that holds the key and the groups; null: the protocol's usual one.
  key_claim text,
  groups_claim text,
  -- Staff the IdP vouches for but Kring does not know get an account at the first sign-in.
  create_unknown_staff boolean NOT NULL DEFAULT false,
  enabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, display_name),
  CHECK ((audience = 'family') = (user_key = 'personal_number')),
  CHECK (audience = 'staff' OR NOT create_unknown_staff)
);
CREATE INDEX identity_provider_tenant_idx ON identity_provider (tenant_id) WHERE enabled;

-- The administrator's mapping from the IdP's groups to units and roles: a staff member who
-- signs in gets exactly the memberships their groups map to (added when missing; the ones the
-- mapping gave before and no group gives any more are removed). The role is checked against the
-- professional roles by the API, and by membership's own check when it is applied.
CREATE TABLE identity_provider_group (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE,
  group_name text NOT NULL,
  unit_id uuid NOT NULL REFERENCES unit(id),
  role text NOT NULL,
  UNIQUE (provider_id, group_name, unit_id, role)
);

-- Staff identifiers an IdP may use as the key besides the e-mail address.
ALTER TABLE app_user ADD COLUMN hsa_id text;
ALTER TABLE app_user ADD COLUMN eppn text;
CREATE UNIQUE INDEX app_user_hsa_id_idx ON app_user (tenant_id, lower(hsa_id)) WHERE hsa_id IS NOT NULL;
CREATE UNIQUE INDEX app_user_eppn_idx ON app_user (tenant_id, lower(eppn)) WHERE eppn IS NOT NULL;
CREATE INDEX app_user_email_idx ON app_user (tenant_id, lower(email)) WHERE email IS NOT NULL;
-- Which memberships a provider's group mapping gave, so that the next sign-in may take them back
-- without touching what an administrator gave by hand.
ALTER TABLE membership ADD COLUMN granted_by_provider_id uuid REFERENCES identity_provider(id);

-- A sign-in under way: the state sent to the IdP, with what the protocol must check at the
-- return (PKCE verifier, nonce, SAML request id). In the database, not one process's memory, so
-- that any server may receive the return (ADR 0030); taken once (deleted as it is read), and only
-- by the browser that started it when the protocol can carry a cookie (browser_hash).
CREATE TABLE sign_in_attempt (
  id text PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE,
  browser_hash text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sign_in_attempt_expires_idx ON sign_in_attempt (expires_at);

-- Which provider a session came from, and what its single logout needs (SAML: name id and
-- session index); nothing for password sessions.
ALTER TABLE user_session ADD COLUMN provider_id uuid REFERENCES identity_provider(id) ON DELETE SET NULL;
ALTER TABLE user_session ADD COLUMN provider_logout jsonb;

-- The tenant's choices: whether staff may still sign in with a password, from what age a child
-- signs in with e-ID (null: children do not), and whom a person the IdP vouches for but Kring
-- does not know should contact.
ALTER TABLE tenant_settings ADD COLUMN staff_password_sign_in boolean NOT NULL DEFAULT true;
ALTER TABLE tenant_settings ADD COLUMN child_sign_in_from_age integer
  CHECK (child_sign_in_from_age BETWEEN 10 AND 18);
ALTER TABLE tenant_settings ADD COLUMN sign_in_contact text;
