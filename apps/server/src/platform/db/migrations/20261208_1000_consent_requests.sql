-- Consent asked of the family in the family view (issue 15.6, ADR 0020). A professional who may
-- record consent asks for it (purpose, units, until when); each guardian with custody, and the
-- child from the tenant's age, gives or refuses it from their own account. When the answers meet
-- the tenant's consent rules a consent (method 'digital', recorded by the one who completed it)
-- is stored and the request is 'given'; the first refusal closes it as 'refused'.
CREATE TABLE consent_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  purpose text NOT NULL,
  valid_until date,
  asked_by uuid NOT NULL REFERENCES app_user(id),
  asked_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'given', 'refused')),
  decided_at timestamptz,
  consent_id uuid REFERENCES consent(id)
);
CREATE INDEX consent_request_case_idx ON consent_request (tenant_id, case_id);
CREATE INDEX consent_request_child_idx ON consent_request (tenant_id, child_id, status);
-- One open question to the family per case at a time: two would ask the same thing twice.
CREATE UNIQUE INDEX consent_request_one_open ON consent_request (case_id) WHERE status = 'open';

CREATE TABLE consent_request_unit (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  request_id uuid NOT NULL REFERENCES consent_request(id),
  unit_id uuid NOT NULL REFERENCES unit(id),
  PRIMARY KEY (request_id, unit_id)
);

-- One answer per guardian (guardian_id) and one by the child (guardian_id null).
CREATE TABLE consent_request_answer (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  request_id uuid NOT NULL REFERENCES consent_request(id),
  guardian_id uuid REFERENCES guardian(id),
  answer text NOT NULL CHECK (answer IN ('given', 'refused')),
  answered_by uuid NOT NULL REFERENCES app_user(id),
  answered_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX consent_request_answer_guardian ON consent_request_answer (request_id, guardian_id)
  WHERE guardian_id IS NOT NULL;
CREATE UNIQUE INDEX consent_request_answer_child ON consent_request_answer (request_id)
  WHERE guardian_id IS NULL;
