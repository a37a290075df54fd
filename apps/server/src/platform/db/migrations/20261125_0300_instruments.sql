-- Outcome instruments (SDQ, ORS/CORS, SRS/CSRS) and school outcomes.

-- A form sent to one respondent: a professional user, a guardian of the child, or the child.
CREATE TABLE instrument_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  child_id uuid NOT NULL REFERENCES child(id),
  instrument text NOT NULL CHECK (instrument IN ('sdq', 'ors', 'srs')),
  -- SDQ: 2-4, 4-17, 11-17; ORS/CORS; SRS/CSRS. Decides which wording the respondent sees.
  version text NOT NULL CHECK (version IN ('2-4', '4-17', '11-17', 'ORS', 'CORS', 'SRS', 'CSRS')),
  informant text NOT NULL CHECK (informant IN ('parent', 'teacher', 'self')),
  respondent_kind text NOT NULL CHECK (respondent_kind IN ('professional', 'guardian', 'child')),
  respondent_user_id uuid REFERENCES app_user(id),
  respondent_guardian_id uuid REFERENCES guardian(id),
  -- Why it was sent: the schedule's occasion, or a meeting for session instruments.
  occasion text NOT NULL CHECK (occasion IN ('baseline', 'periodic', 'closure', 'meeting', 'extra')),
  meeting_id uuid REFERENCES meeting(id),
  due_date date NOT NULL,
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'submitted', 'cancelled')),
  requested_by uuid NOT NULL REFERENCES app_user(id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  CHECK ((respondent_kind = 'professional') = (respondent_user_id IS NOT NULL)),
  CHECK ((respondent_kind = 'guardian') = (respondent_guardian_id IS NOT NULL)),
  CHECK ((instrument = 'sdq') = (version IN ('2-4', '4-17', '11-17'))),
  CHECK (instrument <> 'ors' OR version IN ('ORS', 'CORS')),
  CHECK (instrument <> 'srs' OR version IN ('SRS', 'CSRS'))
);
CREATE INDEX instrument_request_case_idx ON instrument_request (case_id, requested_at);
CREATE INDEX instrument_request_child_idx ON instrument_request (tenant_id, child_id);
CREATE INDEX instrument_request_user_idx ON instrument_request (respondent_user_id)
  WHERE status = 'sent';
CREATE INDEX instrument_request_guardian_idx ON instrument_request (respondent_guardian_id);

-- One submitted form: the answers as given and the scores the domain computed from them.
CREATE TABLE instrument_response (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  request_id uuid NOT NULL UNIQUE REFERENCES instrument_request(id),
  answers jsonb NOT NULL,
  scores jsonb NOT NULL,
  submitted_by uuid NOT NULL REFERENCES app_user(id),
  submitted_at timestamptz NOT NULL DEFAULT now()
);

-- The licensed item wording, loaded by the tenant's administrator from a file it holds.
-- Never shipped: without a row the forms show neutral placeholder texts.
CREATE TABLE instrument_wording (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  instrument text NOT NULL CHECK (instrument IN ('sdq', 'ors', 'srs')),
  language text NOT NULL CHECK (language IN ('sv', 'en')),
  forms jsonb NOT NULL,
  source text NOT NULL DEFAULT '',
  loaded_by uuid NOT NULL REFERENCES app_user(id),
  loaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, instrument, language)
);

-- When the tenant measures (schedule) and where its cut-offs lie; empty objects mean defaults.
CREATE TABLE instrument_settings (
  tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
  schedule jsonb NOT NULL DEFAULT '{}'::jsonb,
  thresholds jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_by uuid REFERENCES app_user(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- School outcomes follow the child, not a case: grades per subject and term
-- (A-F, or '-' when the teacher lacks a basis for grading).
CREATE TABLE school_grade (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  term text NOT NULL CHECK (term ~ '^(HT|VT)[0-9]{4}$'),
  school_year integer NOT NULL CHECK (school_year BETWEEN 1 AND 9),
  subject text NOT NULL,
  grade text NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F', '-')),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (child_id, term, subject)
);
CREATE INDEX school_grade_child_idx ON school_grade (tenant_id, child_id);

-- Year-3 national tests (taken in the spring term): whether the pupil met the required level
-- in reading, writing and mathematics, or was absent.
CREATE TABLE year3_result (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  term text NOT NULL CHECK (term ~ '^(HT|VT)[0-9]{4}$'),
  area text NOT NULL CHECK (area IN ('reading', 'writing', 'mathematics')),
  result text NOT NULL CHECK (result IN ('met', 'not_met', 'absent')),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (child_id, term, area)
);
CREATE INDEX year3_result_child_idx ON year3_result (tenant_id, child_id);
