-- The collaboration case process: requests, consent, the network, meetings and the timeline.

CREATE TABLE tenant_settings (
  tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
  deadline_rules jsonb NOT NULL DEFAULT '{}'::jsonb,
  uses_hub boolean NOT NULL DEFAULT false
);

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  raised_by_user_id uuid NOT NULL REFERENCES app_user(id),
  raised_by_unit_id uuid NOT NULL REFERENCES unit(id),
  raised_by_role text NOT NULL,
  requested_at timestamptz NOT NULL,
  concern text NOT NULL,
  tried_so_far text NOT NULL DEFAULT '',
  acute boolean NOT NULL DEFAULT false,
  stage text NOT NULL,
  closed_at timestamptz,
  last_decision text,
  -- The domain's CaseState (packages/domain/src/cases); the columns above mirror it for queries.
  state jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_tenant_stage_idx ON cases (tenant_id, stage);
CREATE INDEX cases_child_idx ON cases (tenant_id, child_id);

-- Organisations already involved when the need was raised.
-- Professionals assigned to the child in their everyday work (too close to coordinate a case).
CREATE TABLE child_professional (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  relation text NOT NULL CHECK (relation IN ('mentor', 'social_secretary')),
  UNIQUE (child_id, user_id, relation)
);

CREATE TABLE case_involved_unit (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  unit_id uuid NOT NULL REFERENCES unit(id),
  PRIMARY KEY (case_id, unit_id)
);

-- People in the case's network with a case role. Professionals have user_id and unit_id;
-- a spokesperson from the private network has a name and relation instead.
CREATE TABLE case_member (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  role text NOT NULL CHECK (role IN ('coordinator_lead', 'coordinator_documenting', 'contact_person',
    'spokesperson', 'project_leader', 'participant')),
  user_id uuid REFERENCES app_user(id),
  unit_id uuid REFERENCES unit(id),
  person_name text,
  relation text,
  email text,
  appointed_by uuid REFERENCES app_user(id),
  joined_at timestamptz NOT NULL DEFAULT now(),
  left_at timestamptz
);
CREATE INDEX case_member_case_idx ON case_member (case_id);
CREATE INDEX case_member_user_idx ON case_member (tenant_id, user_id) WHERE left_at IS NULL;

CREATE TABLE attachment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_id uuid REFERENCES cases(id),
  child_id uuid NOT NULL REFERENCES child(id),
  filename text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  data bytea NOT NULL,
  uploaded_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE consent (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  case_id uuid REFERENCES cases(id),
  purpose text NOT NULL,
  given_by jsonb NOT NULL,
  valid_from timestamptz NOT NULL,
  valid_until timestamptz,
  withdrawn_at timestamptz,
  withdrawn_reason text,
  document_id uuid REFERENCES attachment(id),
  recorded_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consent_case_idx ON consent (tenant_id, case_id);

CREATE TABLE consent_unit (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  consent_id uuid NOT NULL REFERENCES consent(id),
  unit_id uuid NOT NULL REFERENCES unit(id),
  PRIMARY KEY (consent_id, unit_id)
);
CREATE INDEX consent_unit_unit_idx ON consent_unit (tenant_id, unit_id);

CREATE TABLE network_map_entry (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  network text NOT NULL CHECK (network IN ('private', 'professional')),
  sector text NOT NULL,
  name text NOT NULL,
  relation text NOT NULL DEFAULT '',
  closeness integer NOT NULL CHECK (closeness BETWEEN 1 AND 3),
  unit_id uuid REFERENCES unit(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_map_case_idx ON network_map_entry (case_id);

CREATE TABLE meeting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  kind text NOT NULL CHECK (kind IN ('pre_meeting', 'network_meeting_1', 'network_meeting_2',
    'follow_up', 'evaluation', 'closing')),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  place text,
  video_link text,
  agenda jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  minutes text,
  decisions jsonb NOT NULL DEFAULT '[]'::jsonb,
  child_voice text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_case_idx ON meeting (case_id, starts_at);

CREATE TABLE meeting_invitee (
  meeting_id uuid NOT NULL REFERENCES meeting(id),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_member_id uuid NOT NULL REFERENCES case_member(id),
  PRIMARY KEY (meeting_id, case_member_id)
);

-- What happened in the case, for its timeline and for 409 answers ("what changed").
CREATE TABLE case_event (
  id bigserial PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  version integer NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid REFERENCES app_user(id),
  kind text NOT NULL,
  summary text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX case_event_case_idx ON case_event (case_id, id);

CREATE TABLE emergency_access (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  reason text NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  reviewed_by uuid REFERENCES app_user(id),
  reviewed_at timestamptz
);
CREATE INDEX emergency_access_user_idx ON emergency_access (tenant_id, user_id, case_id);
