-- Lookups the list queries made by scanning (issue #23): each is now an index probe.

-- The access rule (ADR 0002) probes consent by case alone, per case it considers; the index on
-- (tenant_id, case_id) cannot serve a probe without the tenant.
CREATE INDEX consent_by_case_idx ON consent (case_id);

-- The family view finds the signed-in guardian by user; only guardians with an account have one.
CREATE INDEX guardian_user_idx ON guardian (user_id) WHERE user_id IS NOT NULL;

-- The access rule's emergency branch probes by case and user, without the tenant.
CREATE INDEX emergency_access_case_user_idx ON emergency_access (case_id, user_id);

-- The raiser's branch and "Mina förfrågningar": the requests a person raised, and the requests
-- raised from a principal's units.
CREATE INDEX cases_raised_by_user_idx ON cases (raised_by_user_id);
CREATE INDEX cases_raised_by_unit_idx ON cases (raised_by_unit_id);

-- A professional's own children (mentor, social secretary), by user.
CREATE INDEX child_professional_user_idx ON child_professional (user_id);
