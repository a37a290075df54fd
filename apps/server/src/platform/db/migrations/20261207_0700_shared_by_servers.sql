-- What several server processes on one database share (ADR 0030): background work claimed by
-- one of them, rate-limit counters, uploads waiting for their import and the imports' progress.
-- Nothing a request or a job needs lives only in one process's memory or temporary folder.

-- One row per run of a background job (job, slot), e.g. ('attendance.nightly', '2026-12-07'):
-- the process whose insert wins runs it.
CREATE TABLE background_run (
  job text NOT NULL,
  slot text NOT NULL,
  claimed_by text NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  PRIMARY KEY (job, slot)
);

-- Fixed-window request counters (login per address, child search per user).
CREATE TABLE rate_window (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_window_start_idx ON rate_window (window_start);

-- A file uploaded for an import: the bytes are in the upload folder every server reads
-- (UPLOAD_DIR), the row says whose it is, so any server can import it.
CREATE TABLE attendance_upload (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  name text NOT NULL,
  size bigint NOT NULL,
  file text NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attendance_upload_saved_idx ON attendance_upload (saved_at);

-- An import as it runs, read by whichever server the page's next poll reaches.
CREATE TABLE attendance_import_job (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  started_by uuid REFERENCES app_user(id),
  format text NOT NULL CHECK (format IN ('ss12000', 'csv')),
  status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
  progress jsonb NOT NULL,
  counts jsonb,
  issues jsonb NOT NULL DEFAULT '[]'::jsonb,
  issue_count integer NOT NULL DEFAULT 0,
  evaluation jsonb,
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attendance_import_job_tenant_idx ON attendance_import_job (tenant_id, started_at);
