-- Foundation: tenants, organisation structure, accounts, sessions, children and the audit log.
-- Every table carries tenant_id; every query filters on it.

CREATE TABLE tenant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('municipality', 'region')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

CREATE TABLE area (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

CREATE TABLE unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  area_id uuid REFERENCES area(id),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('preschool', 'school', 'student_health', 'social_services',
    'child_psychiatry', 'primary_care', 'habilitation', 'leisure', 'police', 'other')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);
CREATE INDEX unit_tenant_idx ON unit (tenant_id, area_id);

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  username text NOT NULL,
  display_name text NOT NULL,
  email text,
  kind text NOT NULL CHECK (kind IN ('professional', 'guardian', 'child')),
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'en')),
  active boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Usernames are unique across tenants so that login needs no tenant choice.
CREATE UNIQUE INDEX app_user_username_idx ON app_user (lower(username));
CREATE INDEX app_user_tenant_idx ON app_user (tenant_id);

CREATE TABLE membership (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  unit_id uuid NOT NULL REFERENCES unit(id),
  role text NOT NULL CHECK (role IN ('teacher_mentor', 'principal', 'school_nurse',
    'school_counsellor', 'psychologist', 'special_educator', 'social_secretary',
    'central_coordinator', 'parent_advisor', 'attendance_team', 'childs_best_lead', 'analyst',
    'administrator')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, unit_id, role)
);
CREATE INDEX membership_unit_idx ON membership (tenant_id, unit_id);

CREATE TABLE user_session (
  id text PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

CREATE TABLE child (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  personal_number text NOT NULL,
  given_name text NOT NULL,
  family_name text NOT NULL,
  birth_date date NOT NULL,
  protected_identity boolean NOT NULL DEFAULT false,
  address text,
  postal_code text,
  city text,
  phone text,
  user_id uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, personal_number)
);
CREATE INDEX child_name_idx ON child (tenant_id, lower(family_name), lower(given_name));

CREATE TABLE guardian (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  personal_number text,
  given_name text NOT NULL,
  family_name text NOT NULL,
  phone text,
  email text,
  address text,
  protected_identity boolean NOT NULL DEFAULT false,
  user_id uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX guardian_tenant_idx ON guardian (tenant_id);

CREATE TABLE child_guardian (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  guardian_id uuid NOT NULL REFERENCES guardian(id),
  PRIMARY KEY (child_id, guardian_id)
);
CREATE INDEX child_guardian_guardian_idx ON child_guardian (guardian_id);

-- The units a child currently belongs to (school class, preschool, leisure ...).
CREATE TABLE child_unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  unit_id uuid NOT NULL REFERENCES unit(id),
  from_date date NOT NULL,
  to_date date,
  school_year integer
);
CREATE INDEX child_unit_child_idx ON child_unit (child_id);
CREATE INDEX child_unit_unit_idx ON child_unit (tenant_id, unit_id);

-- Append-only audit log, hash-chained per tenant (seq 1, 2, 3 ...).
CREATE TABLE audit_event (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  seq bigint NOT NULL,
  at timestamptz NOT NULL,
  actor_user_id uuid,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  child_id uuid,
  reason text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_event_child_idx ON audit_event (tenant_id, child_id, seq);

-- The head of each tenant's chain; locking it serialises appends.
CREATE TABLE audit_head (
  tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
  seq bigint NOT NULL,
  hash text NOT NULL
);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;

CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
