-- Issue 22 (items 2, 4 and 5): early support before a case, the Barnets bästa lead's asks to
-- start a plan, the tenant's texts of "När du känner oro", and the area from birth: maternity
-- care (mödravård) and child health care (barnavårdscentral) as unit kinds, with the BVC nurse.

ALTER TABLE unit DROP CONSTRAINT unit_kind_check;
ALTER TABLE unit ADD CONSTRAINT unit_kind_check
  CHECK (kind IN ('preschool', 'school', 'student_health', 'social_services', 'child_psychiatry',
    'primary_care', 'habilitation', 'leisure', 'police', 'voluntary_organisation',
    'maternity_care', 'child_health_care', 'other'));

-- One list of every professional role (see migration 9030), with the BVC nurse added.
ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check CHECK (role IN ('teacher_mentor',
  'principal', 'school_nurse', 'school_counsellor', 'psychologist', 'special_educator',
  'social_secretary', 'central_coordinator', 'parent_advisor', 'attendance_team',
  'childs_best_lead', 'leisure_leader', 'police_officer', 'physician', 'association_leader',
  'child_health_nurse', 'analyst', 'steering_group', 'log_reviewer', 'administrator'));

-- An early-support contact (Huddinge's parent advisors): kept only with the family's consent,
-- seen by the person who recorded it and their unit's early-support team (ADR 0041).
CREATE TABLE early_support_contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  unit_id uuid NOT NULL REFERENCES unit(id),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_role text NOT NULL,
  consent_given_by text NOT NULL,
  consent_method text NOT NULL CHECK (consent_method IN ('oral', 'written', 'digital')),
  consent_on date NOT NULL,
  about text NOT NULL,
  protective_factors jsonb NOT NULL DEFAULT '[]'::jsonb,
  risk_factors jsonb NOT NULL DEFAULT '[]'::jsonb,
  agreed text NOT NULL DEFAULT '',
  follow_up_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'request_raised')),
  closed_reason text,
  closed_by uuid REFERENCES app_user(id),
  closed_at timestamptz,
  -- The request raised from it; cut (set null) when the case is removed by retention.
  case_id uuid REFERENCES cases(id),
  -- The family agreed that the later case's network may read it (who agreed, recorded when).
  shared_with_network boolean NOT NULL DEFAULT false,
  sharing_agreed_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX early_support_contact_unit_idx ON early_support_contact (tenant_id, unit_id);
CREATE INDEX early_support_contact_user_idx ON early_support_contact (tenant_id, recorded_by);
CREATE INDEX early_support_contact_child_idx ON early_support_contact (tenant_id, child_id);
CREATE INDEX early_support_contact_case_idx ON early_support_contact (case_id);

CREATE TABLE early_support_note (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  contact_id uuid NOT NULL REFERENCES early_support_contact(id),
  -- The child again, so that the register extract finds the notes by the child (features/extract).
  child_id uuid NOT NULL REFERENCES child(id),
  noted_on date NOT NULL,
  body text NOT NULL,
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX early_support_note_contact_idx ON early_support_note (contact_id);

-- The Barnets bästa lead asks a unit to start a child's plan (Kronoberg): a worklist item there
-- until the unit raises a request for the child or the ask is marked done.
CREATE TABLE plan_start_ask (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  unit_id uuid NOT NULL REFERENCES unit(id),
  asked_by uuid NOT NULL REFERENCES app_user(id),
  note text NOT NULL DEFAULT '',
  asked_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz,
  done_by uuid REFERENCES app_user(id)
);
CREATE INDEX plan_start_ask_unit_idx ON plan_start_ask (tenant_id, unit_id) WHERE done_at IS NULL;
CREATE INDEX plan_start_ask_child_idx ON plan_start_ask (tenant_id, child_id);

-- "När du känner oro": the tenant's own texts and contacts; null fields fall back to defaults.
CREATE TABLE concern_guide (
  tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
  texts jsonb NOT NULL,
  updated_by uuid REFERENCES app_user(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
