-- Issue 22 (ADR 0041, amended): the family may agree after the request was raised that the
-- case's network reads the early-support contact. Who in the family agreed stays in
-- sharing_agreed_by; who recorded the agreement, and when, is kept beside it (also when it was
-- given with the request).
ALTER TABLE early_support_contact ADD COLUMN sharing_recorded_by uuid REFERENCES app_user(id);
ALTER TABLE early_support_contact ADD COLUMN sharing_recorded_at timestamptz;
