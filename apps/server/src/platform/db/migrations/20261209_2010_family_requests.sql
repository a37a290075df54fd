-- "Vi vill ha stöd" (issue 19.3): a guardian raises a request from the family view. The request
-- is a case like any other (raised_by_role 'guardian', raised by the guardian's own account,
-- straight to assessment with the guardian's digital consent naming the intake units); this row
-- keeps who raised it and how the family wants to be contacted.
CREATE TABLE family_request (
  case_id uuid PRIMARY KEY REFERENCES cases(id),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  guardian_id uuid NOT NULL REFERENCES guardian(id),
  contact_way text NOT NULL CHECK (contact_way IN ('phone', 'email')),
  contact text NOT NULL,
  contact_time text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX family_request_child_idx ON family_request (tenant_id, child_id);
CREATE INDEX family_request_guardian_idx ON family_request (guardian_id);
