-- Meetings that can change (issue 19.5): cancelled with a reason, moved, the family invited with
-- their own invitation, who attended, and decisions with an owner and a date as worklist items.

-- iTIP (RFC 5546): the invitation's SEQUENCE, raised on every change an invitee must see (time,
-- place, video link, cancellation); the UID stays the meeting's id.
ALTER TABLE meeting ADD COLUMN sequence integer NOT NULL DEFAULT 0;
ALTER TABLE meeting ADD COLUMN cancel_reason text;
ALTER TABLE meeting ADD COLUMN cancelled_at timestamptz;
ALTER TABLE meeting ADD COLUMN cancelled_by uuid REFERENCES app_user(id);
-- When it was last moved (null: never), for "Flyttat" beside the time.
ALTER TABLE meeting ADD COLUMN moved_at timestamptz;

-- Who of the network came; null until the meeting is recorded as held.
ALTER TABLE meeting_invitee ADD COLUMN attended boolean;

-- The family as participants: each guardian, and the child from the age the municipality sets.
CREATE TABLE meeting_family_invitee (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  meeting_id uuid NOT NULL REFERENCES meeting(id),
  party_kind text NOT NULL CHECK (party_kind IN ('guardian', 'child')),
  guardian_id uuid REFERENCES guardian(id),
  attended boolean,
  CHECK ((party_kind = 'guardian') = (guardian_id IS NOT NULL))
);
CREATE UNIQUE INDEX meeting_family_guardian_once ON meeting_family_invitee (meeting_id, guardian_id)
  WHERE guardian_id IS NOT NULL;
CREATE UNIQUE INDEX meeting_family_child_once ON meeting_family_invitee (meeting_id)
  WHERE party_kind = 'child';
CREATE INDEX meeting_family_guardian_idx ON meeting_family_invitee (guardian_id);

-- A moved or cancelled meeting tells each invited professional in their worklist until seen.
CREATE TABLE meeting_notice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  meeting_id uuid NOT NULL REFERENCES meeting(id),
  user_id uuid NOT NULL REFERENCES app_user(id),
  kind text NOT NULL CHECK (kind IN ('moved', 'cancelled')),
  -- When the meeting was to be before the change.
  was_starts_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  seen_at timestamptz
);
CREATE INDEX meeting_notice_user_idx ON meeting_notice (user_id) WHERE seen_at IS NULL;

-- A decision with an owner and a date, made when the meeting is recorded as held.
CREATE TABLE meeting_decision_task (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  meeting_id uuid NOT NULL REFERENCES meeting(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  position integer NOT NULL,
  text text NOT NULL,
  owner_member_id uuid NOT NULL REFERENCES case_member(id),
  owner_user_id uuid NOT NULL REFERENCES app_user(id),
  due_date date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz,
  done_by uuid REFERENCES app_user(id),
  done_note text,
  UNIQUE (meeting_id, position)
);
CREATE INDEX meeting_decision_task_owner_idx ON meeting_decision_task (owner_user_id)
  WHERE done_at IS NULL;
