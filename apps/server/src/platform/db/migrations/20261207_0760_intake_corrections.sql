-- Issue 17 points 3-5: a child registered by hand names their school or unit (or why none), the
-- person who registered them may complete the guardians, and coordinators and contact persons
-- can be replaced, the new person seeing the case as a task until they have opened it.

-- Who registered the child by hand (null: from the population register or an import), and why
-- no school or unit was given for a child who is not of school age.
ALTER TABLE child ADD COLUMN registered_by_user_id uuid REFERENCES app_user(id);
ALTER TABLE child ADD COLUMN no_unit_reason text;

-- A role taken over from someone else: whom it replaced, and when the new person first opened
-- the case (until then it is in their worklist).
ALTER TABLE case_member ADD COLUMN replaces_member_id uuid REFERENCES case_member(id);
ALTER TABLE case_member ADD COLUMN opened_at timestamptz;
