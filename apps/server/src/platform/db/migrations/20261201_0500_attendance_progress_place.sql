-- Where the pupil stands, kept with their progress: the domain's PupilStairState with the last
-- history entry alone, all the engine reads to continue a pupil. A day's increment then reads
-- one narrow row per pupil it evaluates instead of joining the wide state row and cutting its
-- history in the database (the join and the cut were a third of an increment's reads). Written
-- with the state row whenever the place changes; its lastEvaluated lags like the state's
-- (evaluated_through has the date).
ALTER TABLE attendance_progress ADD COLUMN place jsonb;

UPDATE attendance_progress g
SET place = (s.state - 'history')
  || jsonb_build_object('history', jsonb_path_query_array(s.state, '$.history[last]'))
FROM attendance_pupil_state s
WHERE s.tenant_id = g.tenant_id AND s.child_id = g.child_id;

-- Progress without a place never comes from an evaluation; such a pupil is evaluated anew.
DELETE FROM attendance_progress WHERE place IS NULL;
ALTER TABLE attendance_progress ALTER COLUMN place SET NOT NULL;
