-- How many school days in a row, up to last_evaluated, the pupil had no absence at all; 1 000 000
-- for a pupil never absent since their first day. A pupil at step 0 with at least the
-- staircase's history window of such days, and no absence in the new days, cannot move (see
-- "Standing still" in the domain's engine.ts): a day's increment finds and advances them reading
-- only their new days. A lower bound is always safe: rows written before this column get 0 and
-- go through the engine once, which sets it.
ALTER TABLE attendance_pupil_state ADD COLUMN clear_days integer NOT NULL DEFAULT 0;

-- Every increment rewrites nearly every pupil's row ("evaluated through" moves each school day).
-- Room on each page for a second version keeps those updates HOT: no new index entries, and the
-- previous day's versions are pruned from the page as it is next written.
ALTER TABLE attendance_pupil_state SET (fillfactor = 50);
