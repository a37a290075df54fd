-- Steering (issue 20): the steering group's role (styrgrupp), who reads aggregate figures only,
-- for their area or, from a unit outside every area, for the whole municipality.

ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check CHECK (role IN ('teacher_mentor',
  'principal', 'school_nurse', 'school_counsellor', 'psychologist', 'special_educator',
  'social_secretary', 'central_coordinator', 'parent_advisor', 'attendance_team',
  'childs_best_lead', 'analyst', 'steering_group', 'log_reviewer', 'administrator'));
