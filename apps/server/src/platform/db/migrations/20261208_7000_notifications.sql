-- Notifications (issue 19.4, ADR 0032): what is new for a person in the app (the bell), their
-- choices about e-mail, the tenant's SMTP server, and the outbox every e-mail goes through.

-- The tenant's SMTP server, edited in Administration. No host: e-mails are written to a folder
-- (DATA_DIR/outbox-mail) instead of sent, as in the demo.
ALTER TABLE tenant_settings ADD COLUMN smtp_host text;
ALTER TABLE tenant_settings ADD COLUMN smtp_port integer CHECK (smtp_port BETWEEN 1 AND 65535);
-- tls: TLS from the first byte (port 465); starttls: upgrade required (587); none: plain (tests).
ALTER TABLE tenant_settings ADD COLUMN smtp_security text
  CHECK (smtp_security IN ('tls', 'starttls', 'none'));
ALTER TABLE tenant_settings ADD COLUMN smtp_user text;
-- Never sent back to the browser; the administrator can only replace it.
ALTER TABLE tenant_settings ADD COLUMN smtp_password text;
ALTER TABLE tenant_settings ADD COLUMN mail_from text;

-- One thing new for one person. Holds no words and no names: the web says what the kind means,
-- and the link leads to the page (read there under that page's access rule). dedupe_key names
-- the event, so a producer may look again, from any server, and never notify twice.
CREATE TABLE notification (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  kind text NOT NULL CHECK (kind IN ('acute_request', 'same_day_notice', 'emergency_access',
    'deadline_reminder', 'form_reminder', 'family_news')),
  dedupe_key text NOT NULL,
  link text NOT NULL,
  due_date date,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  UNIQUE (user_id, dedupe_key)
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);

-- A person's choices; no row means the defaults.
CREATE TABLE notification_preference (
  user_id uuid PRIMARY KEY REFERENCES app_user(id),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  email_enabled boolean NOT NULL DEFAULT true,
  immediate_enabled boolean NOT NULL DEFAULT true,
  digest_enabled boolean NOT NULL DEFAULT true,
  -- Stockholm hour the daily digest of the worklist is sent.
  digest_hour integer NOT NULL DEFAULT 7 CHECK (digest_hour BETWEEN 0 AND 23),
  -- Days before a deadline to be reminded; 0: no reminders.
  reminder_days integer NOT NULL DEFAULT 3 CHECK (reminder_days BETWEEN 0 AND 30),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every e-mail is a row here first, written with what caused it, and sent by the outbox job:
-- claimed with FOR UPDATE SKIP LOCKED (several servers), sent outside any transaction, retried
-- with backoff while the server refuses or cannot be reached. Nothing is dropped.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  user_id uuid REFERENCES app_user(id),
  dedupe_key text NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  -- [{ filename, contentType, content }] e.g. a meeting's .ics (text/calendar; method=REQUEST).
  attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  claimed_by text,
  claimed_at timestamptz,
  sent_at timestamptz,
  -- The SMTP server's answer or the connection's error, for the administrator; no personal data.
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, dedupe_key)
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status <> 'sent';
