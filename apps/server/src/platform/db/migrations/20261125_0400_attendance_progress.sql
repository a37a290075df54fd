-- How far each pupil has been evaluated, apart from where they stand. A day's increment moves
-- every pupil's "evaluated through" date, while few pupils change place: in the wide state row
-- (the history as jsonb) that update cost several times what it costs in a narrow row of its own.
--
-- still_minutes replaces clear_days: the domain's stillMinutes (packages/domain/src/attendance/
-- still.ts), set by the engine for a pupil at step 0 of staircase_key. While every later school
-- day is without absence and has at least that many minutes scheduled, the engine cannot move
-- the pupil, so an increment advances them here without reading their window. Null: no promise;
-- rows copied below get null and go through the engine once, which sets it.
CREATE TABLE attendance_progress (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id),
  staircase_key text NOT NULL,
  evaluated_through date NOT NULL,
  still_minutes integer CHECK (still_minutes > 0),
  -- For a pupil without still minutes, who will go through the engine again, the school days
  -- the engine will look back on: the staircase's history up to evaluated_through, packed as
  -- an evaluation reads them (evaluation/packed-days.ts). The next increment then reads no days
  -- of theirs but the new ones, which come with the mark. Null: read them.
  recent_days text,
  PRIMARY KEY (tenant_id, child_id)
) WITH (fillfactor = 50);

INSERT INTO attendance_progress (tenant_id, child_id, staircase_key, evaluated_through)
SELECT tenant_id, child_id, staircase_key, last_evaluated FROM attendance_pupil_state;

-- The state row is now written only when a pupil's place changes.
ALTER TABLE attendance_pupil_state DROP COLUMN last_evaluated, DROP COLUMN clear_days;
ALTER TABLE attendance_pupil_state RESET (fillfactor);

-- What a pupil's changed days hold, kept with the mark by the import: the last date, whether any
-- school day has absence, and the fewest minutes scheduled on one. An increment finds its quiet
-- pupils from these and their progress alone, without reading their days. With them the days
-- themselves, packed, while one import alone made the mark (null: read them). Marks left from
-- before say nothing of their days: absent, so the engine reads them.
ALTER TABLE attendance_pending ADD COLUMN through date, ADD COLUMN absent boolean,
  ADD COLUMN shortest integer, ADD COLUMN days text;
UPDATE attendance_pending SET through = from_date, absent = true;
ALTER TABLE attendance_pending ALTER COLUMN through SET NOT NULL,
  ALTER COLUMN absent SET NOT NULL;
