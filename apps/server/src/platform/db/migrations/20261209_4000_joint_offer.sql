-- Issue #22 (items 1 and 3): the joint offer (insatskatalog) of interventions and activities that
-- the municipality, the region, the police and associations offer (Kronoberg: "synliggöra
-- gemensamma aktiviteter och insatser"), and the leisure activities among them with sessions,
-- participants enrolled with a guardian's consent, and attendance (Huddinge: meningsfull fritid).

-- The tenant's own words for needs, which entries are tagged with and searched by.
CREATE TABLE offer_need_tag (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  label_sv text NOT NULL,
  label_en text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, code)
);

CREATE TABLE offer_entry (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  -- The offering unit; its organisation is the unit's.
  unit_id uuid NOT NULL REFERENCES unit(id),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  kind text NOT NULL CHECK (kind IN ('individual', 'group', 'universal')),
  -- A leisure activity: it has sessions and participants with attendance.
  leisure boolean NOT NULL DEFAULT false,
  age_from integer CHECK (age_from BETWEEN 0 AND 25),
  age_to integer CHECK (age_to BETWEEN 0 AND 25),
  needs jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Null: the whole municipality.
  area_id uuid REFERENCES area(id),
  how_to_get text NOT NULL DEFAULT '',
  contact text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  updated_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (age_from IS NULL OR age_to IS NULL OR age_from <= age_to)
);
CREATE INDEX offer_entry_tenant_idx ON offer_entry (tenant_id, active);
CREATE INDEX offer_entry_unit_idx ON offer_entry (unit_id);

-- A child taking part in a group or leisure entry, with the guardian's consent recorded.
CREATE TABLE offer_participant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  entry_id uuid NOT NULL REFERENCES offer_entry(id),
  child_id uuid NOT NULL REFERENCES child(id),
  consent_given_by text NOT NULL CHECK (length(consent_given_by) > 0),
  consent_method text NOT NULL CHECK (consent_method IN ('written', 'oral', 'digital')),
  consent_on date NOT NULL,
  enrolled_by uuid REFERENCES app_user(id),
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  ended_on date,
  ended_by uuid REFERENCES app_user(id)
);
CREATE UNIQUE INDEX offer_participant_current_idx ON offer_participant (entry_id, child_id)
  WHERE ended_on IS NULL;
CREATE INDEX offer_participant_child_idx ON offer_participant (tenant_id, child_id);

CREATE TABLE offer_session (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  entry_id uuid NOT NULL REFERENCES offer_entry(id),
  held_on date NOT NULL,
  starts_at text NOT NULL CHECK (starts_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
  ends_at text NOT NULL CHECK (ends_at ~ '^[0-2][0-9]:[0-5][0-9]$'),
  place text NOT NULL DEFAULT '',
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX offer_session_entry_idx ON offer_session (entry_id, held_on);

-- Present or absent, per participant and session; kept simple on purpose.
CREATE TABLE offer_attendance (
  session_id uuid NOT NULL REFERENCES offer_session(id),
  participant_id uuid NOT NULL REFERENCES offer_participant(id),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  present boolean NOT NULL,
  recorded_by uuid REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX offer_attendance_child_idx ON offer_attendance (tenant_id, child_id);

-- The attendance team suggests an activity for a pupil, after the guardian agreed to be
-- contacted; the offering unit's staff see it and enrol or decline.
CREATE TABLE offer_suggestion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  entry_id uuid NOT NULL REFERENCES offer_entry(id),
  child_id uuid NOT NULL REFERENCES child(id),
  note text NOT NULL DEFAULT '',
  suggested_by uuid REFERENCES app_user(id),
  suggested_at timestamptz NOT NULL DEFAULT now(),
  handled_at timestamptz,
  handled_by uuid REFERENCES app_user(id),
  outcome text CHECK (outcome IN ('enrolled', 'declined'))
);
CREATE INDEX offer_suggestion_entry_idx ON offer_suggestion (entry_id) WHERE handled_at IS NULL;
CREATE INDEX offer_suggestion_child_idx ON offer_suggestion (tenant_id, child_id);

-- A plan action chosen from the offer keeps the entry, so steering can count use and outcomes.
ALTER TABLE plan_action ADD COLUMN offer_entry_id uuid REFERENCES offer_entry(id);
CREATE INDEX plan_action_offer_idx ON plan_action (offer_entry_id) WHERE offer_entry_id IS NOT NULL;
