-- Emergency access (nödåtkomst) on the tenant's terms, and corrections of held minutes as versions.

-- Which roles may use emergency access and for how long; null means the defaults in code
-- (social secretary, central coordinator, principal; 4 hours).
ALTER TABLE tenant_settings ADD COLUMN emergency_roles jsonb;
ALTER TABLE tenant_settings ADD COLUMN emergency_hours integer
  CHECK (emergency_hours IS NULL OR emergency_hours BETWEEN 1 AND 24);

-- Why emergency access was needed, as one of a fixed list (the text says more).
ALTER TABLE emergency_access ADD COLUMN reason_category text NOT NULL DEFAULT 'other_urgent'
  CHECK (reason_category IN ('risk_to_life_or_health', 'urgent_protection', 'other_urgent'));

-- Minutes of a held meeting are never overwritten: each correction is a dated version beside the
-- record as held (meeting.minutes etc. stay as they were when the meeting was held).
CREATE TABLE meeting_minutes_correction (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  meeting_id uuid NOT NULL REFERENCES meeting(id),
  minutes text,
  decisions jsonb NOT NULL DEFAULT '[]'::jsonb,
  child_voice text,
  reason text NOT NULL,
  corrected_by uuid NOT NULL REFERENCES app_user(id),
  corrected_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_minutes_correction_meeting_idx
  ON meeting_minutes_correction (meeting_id, corrected_at);
