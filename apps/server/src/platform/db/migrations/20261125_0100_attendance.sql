-- Attendance (närvaro): what the school administration system sends (SS 12000 or CSV), daily
-- summaries per pupil, the staircase per tenant or school, each pupil's place on it, and the
-- work it creates. Pupils are child rows, guardians guardian rows, schools unit rows.

-- Identifiers in the sending system (SS 12000 ids, or keys derived from CSV rows), so that a
-- re-import updates what the first import created instead of creating it again.
CREATE TABLE attendance_external_ref (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  kind text NOT NULL CHECK (kind IN ('organisation', 'pupil', 'guardian', 'staff')),
  external_id text NOT NULL,
  local_id uuid NOT NULL,
  PRIMARY KEY (tenant_id, kind, external_id)
);

-- Classes and mentor groups: who the mentor's pupils are.
CREATE TABLE attendance_group (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  external_id text NOT NULL,
  unit_id uuid REFERENCES unit(id),
  name text NOT NULL,
  group_type text NOT NULL,
  UNIQUE (tenant_id, external_id)
);

CREATE TABLE attendance_group_member (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  group_id uuid NOT NULL REFERENCES attendance_group(id),
  child_id uuid NOT NULL REFERENCES child(id),
  from_date date,
  to_date date,
  PRIMARY KEY (group_id, child_id)
);
CREATE INDEX attendance_group_member_child_idx ON attendance_group_member (tenant_id, child_id);

CREATE TABLE attendance_group_mentor (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  group_id uuid NOT NULL REFERENCES attendance_group(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  from_date date,
  to_date date,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX attendance_group_mentor_user_idx ON attendance_group_mentor (tenant_id, user_id);

-- Lessons as scheduled (SS 12000 CalendarEvent): the date and length an Attendance refers to.
CREATE TABLE attendance_calendar_event (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  external_id uuid NOT NULL,
  date date NOT NULL,
  -- Minutes of teaching for the pupils; 0 when the lesson was cancelled.
  minutes integer NOT NULL CHECK (minutes >= 0),
  PRIMARY KEY (tenant_id, external_id)
);

-- One pupil at one lesson (SS 12000 Attendance), kept so that a re-sent or corrected record
-- replaces its own contribution to the day instead of adding to it. The two high-volume tables
-- (a term of a large municipality is millions of rows) carry no foreign keys: the import resolves
-- every reference before writing, and per-row key checks would halve the import rate.
CREATE TABLE attendance_lesson (
  tenant_id uuid NOT NULL,
  external_id uuid NOT NULL,
  child_id uuid NOT NULL,
  date date NOT NULL,
  scheduled_minutes integer NOT NULL,
  present_minutes integer NOT NULL,
  valid_minutes integer NOT NULL,
  invalid_minutes integer NOT NULL,
  PRIMARY KEY (tenant_id, external_id)
);

-- The sum of a pupil's lessons per school day: the staircase engine's input. The key carries
-- the minutes the engine reads, so that reading a pupil's days needs no visit to the table itself.
CREATE TABLE attendance_day (
  tenant_id uuid NOT NULL,
  child_id uuid NOT NULL,
  date date NOT NULL,
  scheduled_minutes integer NOT NULL,
  present_minutes integer NOT NULL,
  valid_minutes integer NOT NULL,
  invalid_minutes integer NOT NULL,
  PRIMARY KEY (tenant_id, child_id, date) INCLUDE (scheduled_minutes, valid_minutes, invalid_minutes)
);

-- Absence reported in advance by the guardian or granted leave (SS 12000 Absence).
CREATE TABLE attendance_reported_absence (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  external_id uuid NOT NULL,
  child_id uuid NOT NULL REFERENCES child(id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('leave', 'reported')),
  PRIMARY KEY (tenant_id, external_id)
);
CREATE INDEX attendance_reported_absence_child_idx
  ON attendance_reported_absence (tenant_id, child_id, starts_at);

-- Pupils whose days changed since the last evaluation, and from which date. The revision grows
-- with every change, so an evaluation clears only what it has seen (an import may run meanwhile).
CREATE TABLE attendance_pending (
  tenant_id uuid NOT NULL,
  child_id uuid NOT NULL,
  from_date date NOT NULL,
  revision bigint NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, child_id)
);

-- The staircase as data (packages/domain/src/attendance): the tenant's (unit_id null) or one
-- school's. Every save bumps the version, which makes the next evaluation start over.
CREATE TABLE attendance_staircase (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  unit_id uuid REFERENCES unit(id),
  staircase jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES app_user(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX attendance_staircase_scope_idx
  ON attendance_staircase (tenant_id, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- Where each pupil stands: the domain's PupilStairState plus mirrored columns for lists.
CREATE TABLE attendance_pupil_state (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  staircase_key text NOT NULL,
  step integer NOT NULL,
  top_step boolean NOT NULL,
  since date,
  last_evaluated date NOT NULL,
  state jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, child_id)
);
CREATE INDEX attendance_pupil_state_step_idx ON attendance_pupil_state (tenant_id, step)
  WHERE step > 0;

-- What a step asks of whom, and by when. One row per pupil, step reached and kind of work.
CREATE TABLE attendance_task (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  school_unit_id uuid REFERENCES unit(id),
  step integer NOT NULL,
  step_entered_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('step_actions', 'report_to_organiser',
    'report_to_social_services')),
  actor text NOT NULL CHECK (actor IN ('mentor', 'student_health', 'principal', 'attendance_team',
    'social_services')),
  title text NOT NULL,
  actions jsonb NOT NULL DEFAULT '[]'::jsonb,
  due_date date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  done_at timestamptz,
  done_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, child_id, step, step_entered_on, kind)
);
CREATE INDEX attendance_task_open_idx ON attendance_task (tenant_id, status, actor, due_date);
CREATE INDEX attendance_task_child_idx ON attendance_task (tenant_id, child_id);

-- The mentor has told the guardian about the day's unexcused absence (Skollagen 7 kap. 17 §).
CREATE TABLE attendance_notice (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  date date NOT NULL,
  notified_at timestamptz NOT NULL,
  notified_by uuid NOT NULL REFERENCES app_user(id),
  PRIMARY KEY (tenant_id, child_id, date)
);

-- At the last step: a collaboration case opened, or a report of concern recorded.
CREATE TABLE attendance_escalation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  kind text NOT NULL CHECK (kind IN ('collaboration_case', 'concern_report')),
  case_id uuid REFERENCES cases(id),
  summary text NOT NULL,
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attendance_escalation_child_idx ON attendance_escalation (tenant_id, child_id);

-- Each import batch and how it ended; errors name file, line and reason, never personal data.
CREATE TABLE attendance_import (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  format text NOT NULL CHECK (format IN ('ss12000', 'csv')),
  started_by uuid REFERENCES app_user(id),
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('succeeded', 'failed')),
  counts jsonb NOT NULL DEFAULT '{}'::jsonb,
  errors jsonb NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX attendance_import_tenant_idx ON attendance_import (tenant_id, started_at);
