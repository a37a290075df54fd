-- Family onboarding (issue 19.3, ADR 0044). Each relation between a child and a responsible adult
-- records custody: only a guardian with custody (vårdnadshavare) consents, agrees to the plan,
-- answers forms, is invited to meetings and reaches the child in the family view. A parent
-- without custody, or another responsible adult (SS 12000 "Annan ansvarig", "God man",
-- "Utsedd behörig"), is recorded so the network knows of them, and is none of these.
-- Rows before this release were all vårdnadshavare: the default keeps them so.
ALTER TABLE child_guardian ADD COLUMN custody boolean NOT NULL DEFAULT true;
-- The child's custodians are looked up from the guardian's side on every family request.
CREATE INDEX child_guardian_custody_idx ON child_guardian (guardian_id) WHERE custody;
