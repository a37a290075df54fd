-- A day's increment reads and writes one narrow row per pupil: attendance_progress now also
-- keeps where the pupil stands and what changed since they were last evaluated.
--
-- place: the domain's PupilStairState with the last history entry alone, all the engine reads
-- to continue a pupil, so that the increment need not join the wide state row and cut its
-- history (a third of its reads). Written with the state row whenever the place changes; its
-- lastEvaluated lags like the state's (evaluated_through has the date). Null, with
-- evaluated_through, for a pupil not yet evaluated.
--
-- The mark (marked_*; was attendance_pending): from which date the pupil's days changed since,
-- and what the changed days hold: the last date, whether any school day has absence, the fewest
-- minutes scheduled on one, and the days themselves, packed, while one import alone made the
-- mark (null: read them). No mark: marked_from is null. An import sets or widens it and bumps
-- mark_revision, so that an evaluation clears only what it has seen. Most pupils of an increment
-- cannot move (evaluation/quiet-pupils.repository.ts): advancing one is now a single update of
-- this row, where it was a mark deleted, found through a join, and the progress updated.
ALTER TABLE attendance_progress
  ALTER COLUMN evaluated_through DROP NOT NULL,
  ADD COLUMN place jsonb,
  ADD COLUMN marked_from date,
  ADD COLUMN marked_through date,
  ADD COLUMN marked_absent boolean,
  ADD COLUMN marked_shortest integer,
  ADD COLUMN marked_days text,
  ADD COLUMN mark_revision bigint NOT NULL DEFAULT 0;

UPDATE attendance_progress g
SET place = (s.state - 'history')
  || jsonb_build_object('history', jsonb_path_query_array(s.state, '$.history[last]'))
FROM attendance_pupil_state s
WHERE s.tenant_id = g.tenant_id AND s.child_id = g.child_id;

-- Progress without a place never came from an evaluation: such a pupil is evaluated anew.
UPDATE attendance_progress SET staircase_key = '', evaluated_through = NULL, still_minutes = NULL,
  recent_days = NULL
WHERE place IS NULL;

INSERT INTO attendance_progress AS g (tenant_id, child_id, staircase_key, marked_from,
  marked_through, marked_absent, marked_shortest, marked_days, mark_revision)
SELECT tenant_id, child_id, '', from_date, through, absent, shortest, days, revision
FROM attendance_pending
ON CONFLICT (tenant_id, child_id) DO UPDATE SET marked_from = excluded.marked_from,
  marked_through = excluded.marked_through, marked_absent = excluded.marked_absent,
  marked_shortest = excluded.marked_shortest, marked_days = excluded.marked_days,
  mark_revision = excluded.mark_revision;

DROP TABLE attendance_pending;

-- A mark has all of its parts, and a place goes with a date evaluated through.
ALTER TABLE attendance_progress
  ADD CONSTRAINT attendance_progress_mark_whole CHECK ((marked_from IS NULL) =
    (marked_through IS NULL) AND (marked_from IS NULL) = (marked_absent IS NULL)),
  ADD CONSTRAINT attendance_progress_place_dated CHECK ((place IS NULL) =
    (evaluated_through IS NULL));
