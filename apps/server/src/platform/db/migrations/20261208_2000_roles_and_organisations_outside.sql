-- Issue #17 (points 13 and 17): organisations outside the municipality and the region take part
-- in a child's network (Västbas: "ideella organisationer och föreningar"; SSPF: the police), and
-- people have the roles they work in: fritidsledare, polis, läkare, föreningsledare.
ALTER TABLE organisation DROP CONSTRAINT organisation_kind_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_kind_check
  CHECK (kind IN ('municipality', 'region', 'state_agency', 'voluntary'));

ALTER TABLE unit DROP CONSTRAINT unit_kind_check;
ALTER TABLE unit ADD CONSTRAINT unit_kind_check
  CHECK (kind IN ('preschool', 'school', 'student_health', 'social_services', 'child_psychiatry',
    'primary_care', 'habilitation', 'leisure', 'police', 'voluntary_organisation', 'other'));

ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check
  CHECK (role IN ('teacher_mentor', 'principal', 'school_nurse', 'school_counsellor',
    'psychologist', 'special_educator', 'social_secretary', 'central_coordinator',
    'parent_advisor', 'attendance_team', 'childs_best_lead', 'leisure_leader', 'police_officer',
    'physician', 'association_leader', 'analyst', 'administrator'));
