-- Access-log review (logguppföljning, issue #21): a role that reads the audit log back, the
-- tenant's rules for what is worth a look, the reviewer's marks, and the indexes that make one
-- child's or one person's log an index range scan.

ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check CHECK (role IN ('teacher_mentor',
  'principal', 'school_nurse', 'school_counsellor', 'psychologist', 'special_educator',
  'social_secretary', 'central_coordinator', 'parent_advisor', 'attendance_team',
  'childs_best_lead', 'analyst', 'log_reviewer', 'administrator'));

-- The tenant's review rules (null: the defaults in code) and from which age a child's own
-- account sees who read about them.
CREATE TABLE log_review_settings (
  tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
  rules jsonb,
  child_sees_reads_from_age integer NOT NULL DEFAULT 13
    CHECK (child_sees_reads_from_age BETWEEN 0 AND 18)
);

-- A reviewed audit entry, with the reviewer's comment. One mark per entry; marking again
-- replaces the comment (each marking is itself in the audit log, so nothing is lost).
CREATE TABLE log_review_mark (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  seq bigint NOT NULL,
  comment text NOT NULL,
  marked_by uuid NOT NULL REFERENCES app_user(id),
  marked_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);

-- One child's log over a period, and one person's: range scans by time. The older
-- (tenant_id, child_id, seq) index serves "everything about a child" in chain order.
CREATE INDEX audit_event_child_at_idx ON audit_event (tenant_id, child_id, at)
  WHERE child_id IS NOT NULL;
CREATE INDEX audit_event_actor_at_idx ON audit_event (tenant_id, actor_user_id, at);
-- The findings read a period of entries about children, and refused attempts by action.
CREATE INDEX audit_event_at_idx ON audit_event (tenant_id, at);
