-- Steering targets (issue 20): the steering group's goal per indicator, for the whole
-- municipality (area_id null) or one area. `amber` is where "near the target" begins; null: no
-- amber band. Who set a target is in the audit log, not here, so the table holds no person.
CREATE TABLE steering_target (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  indicator_id text NOT NULL CHECK (length(indicator_id) BETWEEN 1 AND 100),
  area_id uuid REFERENCES area(id),
  target numeric NOT NULL,
  amber numeric,
  updated_at timestamptz NOT NULL
);
-- One target per indicator and area; the municipality's (no area) counts as one key too.
CREATE UNIQUE INDEX steering_target_key ON steering_target
  (tenant_id, indicator_id, coalesce(area_id, '00000000-0000-0000-0000-000000000000'::uuid));
