-- The child's plan (SIP / barnets plan): one plan per case, one draft at a time, agreed versions
-- that never change, follow-up, the family's own comments, and handover between units.

CREATE TABLE plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
  child_id uuid NOT NULL REFERENCES child(id),
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_child_idx ON plan (tenant_id, child_id);

-- Every saved state of a draft, numbered per plan across drafts. The newest revision of an
-- unagreed draft is the draft; older ones say what changed when an edit arrives stale (409).
CREATE TABLE plan_draft_revision (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  plan_id uuid NOT NULL REFERENCES plan(id),
  revision integer NOT NULL,
  content jsonb NOT NULL,
  saved_by uuid REFERENCES app_user(id),
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, revision)
);

-- The one open draft per plan (none once it is agreed, until a revision starts).
CREATE TABLE plan_draft (
  plan_id uuid PRIMARY KEY REFERENCES plan(id),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  revision integer NOT NULL,
  -- editing: the network writes; proposed: shown to the family for their agreement.
  status text NOT NULL DEFAULT 'editing' CHECK (status IN ('editing', 'proposed')),
  based_on_version integer NOT NULL DEFAULT 0,
  FOREIGN KEY (plan_id, revision) REFERENCES plan_draft_revision (plan_id, revision)
);

-- Agreed versions, 1, 2, 3 ... Append-only: a trigger refuses UPDATE and DELETE.
CREATE TABLE plan_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  plan_id uuid NOT NULL REFERENCES plan(id),
  number integer NOT NULL,
  content jsonb NOT NULL,
  from_revision integer NOT NULL,
  agreed_on date NOT NULL,
  agreed_at timestamptz NOT NULL DEFAULT now(),
  -- Who agreed: [{kind, guardianId?, name, via: 'professional' | 'family', at}]
  agreement jsonb NOT NULL,
  UNIQUE (plan_id, number)
);

CREATE FUNCTION plan_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'an agreed plan version cannot be changed';
END;
$$;

CREATE TRIGGER plan_version_no_change BEFORE UPDATE OR DELETE ON plan_version
  FOR EACH ROW EXECUTE FUNCTION plan_version_immutable();

-- Agreement to one draft revision; an edit makes a new revision, so earlier agreement lapses.
CREATE TABLE plan_agreement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  plan_id uuid NOT NULL REFERENCES plan(id),
  revision integer NOT NULL,
  party_kind text NOT NULL CHECK (party_kind IN ('guardian', 'child')),
  guardian_id uuid REFERENCES guardian(id),
  via text NOT NULL CHECK (via IN ('professional', 'family')),
  recorded_by uuid REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((party_kind = 'guardian') = (guardian_id IS NOT NULL))
);
CREATE UNIQUE INDEX plan_agreement_party_idx
  ON plan_agreement (plan_id, revision, party_kind, coalesce(guardian_id::text, ''));

-- The actions of the current agreed version, kept for status and the worklist.
CREATE TABLE plan_action (
  plan_id uuid NOT NULL REFERENCES plan(id),
  action_id text NOT NULL,
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  in_current_version boolean NOT NULL DEFAULT true,
  description text NOT NULL DEFAULT '',
  responsible_user_id uuid REFERENCES app_user(id),
  end_date date,
  follow_up_date date,
  status text NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'in_progress', 'done', 'paused', 'cancelled')),
  last_note_on date,
  PRIMARY KEY (plan_id, action_id)
);
CREATE INDEX plan_action_responsible_idx ON plan_action (tenant_id, responsible_user_id)
  WHERE in_current_version;

CREATE TABLE plan_follow_up (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  plan_id uuid NOT NULL REFERENCES plan(id),
  version_number integer NOT NULL,
  held_on date NOT NULL,
  meeting_id uuid REFERENCES meeting(id),
  summary text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_follow_up_plan_idx ON plan_follow_up (plan_id, held_on);

CREATE TABLE plan_goal_assessment (
  follow_up_id uuid NOT NULL REFERENCES plan_follow_up(id),
  goal_id text NOT NULL,
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  level text NOT NULL
    CHECK (level IN ('not_started', 'some_progress', 'good_progress', 'achieved')),
  comment text NOT NULL DEFAULT '',
  PRIMARY KEY (follow_up_id, goal_id)
);

-- Dated status notes on an action; internal to the professionals.
CREATE TABLE plan_action_note (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  plan_id uuid NOT NULL REFERENCES plan(id),
  action_id text NOT NULL,
  follow_up_id uuid REFERENCES plan_follow_up(id),
  noted_on date NOT NULL,
  status text NOT NULL
    CHECK (status IN ('planned', 'in_progress', 'done', 'paused', 'cancelled')),
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_action_note_idx ON plan_action_note (plan_id, action_id, noted_on);

-- What the guardians and the child write before a meeting.
CREATE TABLE plan_family_comment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  plan_id uuid NOT NULL REFERENCES plan(id),
  meeting_id uuid REFERENCES meeting(id),
  author_user_id uuid NOT NULL REFERENCES app_user(id),
  author_kind text NOT NULL CHECK (author_kind IN ('guardian', 'child')),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_family_comment_plan_idx ON plan_family_comment (plan_id, created_at);

CREATE TABLE plan_handover (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  plan_id uuid NOT NULL REFERENCES plan(id),
  kind text NOT NULL
    CHECK (kind IN ('unit_change', 'preschool_to_school', 'school_to_upper_secondary', 'move')),
  from_unit_id uuid NOT NULL REFERENCES unit(id),
  to_unit_id uuid NOT NULL REFERENCES unit(id),
  note text NOT NULL DEFAULT '',
  version_number integer NOT NULL,
  status text NOT NULL DEFAULT 'proposed'
    CHECK (status IN ('proposed', 'accepted', 'declined', 'withdrawn')),
  proposed_by uuid REFERENCES app_user(id),
  proposed_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES app_user(id),
  decided_at timestamptz,
  decision_note text NOT NULL DEFAULT ''
);
CREATE INDEX plan_handover_to_idx ON plan_handover (tenant_id, to_unit_id, status);
CREATE INDEX plan_handover_plan_idx ON plan_handover (plan_id);
