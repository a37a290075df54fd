-- Sign-in that holds (ADR 0014): failed attempts throttled per account and address instead of a
-- lock anyone can trigger, forced password changes, and a TOTP second factor with recovery codes.

-- One row per (account name as typed, client address), both kept only as SHA-256 hashes: a
-- mistyped password in the username field or a client address never lands in the database.
-- Unknown names get rows too, so that they answer exactly like real accounts.
CREATE TABLE login_throttle (
  user_key text NOT NULL,
  address_key text NOT NULL,
  failures integer NOT NULL,
  not_before timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (user_key, address_key)
);
CREATE INDEX login_throttle_updated_idx ON login_throttle (updated_at);

-- app_user.failed_logins and locked_until (the lock of old) are no longer read or written.
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
-- The TOTP secret (base32) is stored once enrolment starts; it counts only once confirmed.
ALTER TABLE app_user ADD COLUMN totp_secret text;
ALTER TABLE app_user ADD COLUMN totp_confirmed_at timestamptz;
-- The last time step accepted: a code is good once.
ALTER TABLE app_user ADD COLUMN totp_last_step bigint;

CREATE TABLE recovery_code (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  code_hash text NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recovery_code_user_idx ON recovery_code (user_id);

-- A session opened by password alone waits for the second factor.
ALTER TABLE user_session ADD COLUMN second_factor_passed boolean NOT NULL DEFAULT false;

-- Administrators must use a second factor unless the tenant turns the requirement off.
ALTER TABLE tenant ADD COLUMN require_admin_mfa boolean NOT NULL DEFAULT true;
