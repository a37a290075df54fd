-- Migrations 2000 (roles outside the municipality), 3000 (log_reviewer) and 8000 (steering_group)
-- each re-created the role check from their own branch's list, so the last one dropped the roles
-- of the others. One list again, the same as PROFESSIONAL_ROLES in packages/domain.
ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check CHECK (role IN ('teacher_mentor',
  'principal', 'school_nurse', 'school_counsellor', 'psychologist', 'special_educator',
  'social_secretary', 'central_coordinator', 'parent_advisor', 'attendance_team',
  'childs_best_lead', 'leisure_leader', 'police_officer', 'physician', 'association_leader',
  'analyst', 'steering_group', 'log_reviewer', 'administrator'));
