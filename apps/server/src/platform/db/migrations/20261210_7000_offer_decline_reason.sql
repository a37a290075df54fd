-- Issue 22: why the activity's staff declined the attendance team's suggestion, so that the team
-- that suggested it sees the answer on the pupil's staircase page (ADR 0038). A short choice
-- (the family said no, it does not suit the child, already in another activity, other) and an
-- optional free text; both empty for suggestions declined before this column existed.
ALTER TABLE offer_suggestion ADD COLUMN decline_reason text
  CHECK (decline_reason IN ('family_declined', 'not_suitable', 'other_activity', 'other'));
ALTER TABLE offer_suggestion ADD COLUMN decline_note text NOT NULL DEFAULT '';
