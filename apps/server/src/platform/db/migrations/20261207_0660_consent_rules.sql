-- Who may consent for a child (issue 15.6): the tenant's rules, and how each consent was given.

-- One row per tenant that chooses other rules than the defaults (15 years, one guardian).
CREATE TABLE consent_rules (
  tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
  child_alone_from_age integer NOT NULL DEFAULT 15 CHECK (child_alone_from_age BETWEEN 12 AND 18),
  all_guardians_required boolean NOT NULL DEFAULT false
);

-- How it was given: a written form (attached), orally at a named meeting, or digitally by the
-- guardian in the family view. Consents recorded before this release have no method.
ALTER TABLE consent ADD COLUMN method text CHECK (method IN ('written', 'oral', 'digital'));
ALTER TABLE consent ADD COLUMN meeting text;
