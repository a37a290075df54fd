-- An administrator removes a user's second factor when the phone and the recovery codes are both
-- lost (ADR 0014). The user then enrols a new one at the next sign-in, before anything else,
-- whether or not the tenant requires it of their role: they had chosen to have one.
ALTER TABLE app_user ADD COLUMN must_enrol_second_factor boolean NOT NULL DEFAULT false;
