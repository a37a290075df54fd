-- The pupil's last school days up to last_evaluated, as many as their staircase's history window
-- ("day,scheduled,valid,invalid;…", the day as days since 1970-01-01, as evaluation-reads
-- aggregates them). With it a day's increment reads only each pupil's new days: reading the
-- window again from attendance_day, whose rows for one pupil lie on as many pages as days, was
-- the largest part of the increment. Null when unknown: rows written before this column, and
-- pupils advanced without the engine (quiet-pupils.ts); their window is read from the days.
ALTER TABLE attendance_pupil_state ADD COLUMN recent_days text;

-- The days by date: an increment reads the new day of every pupil marked as changed, which the
-- primary key (pupil, date) scatters over as many index pages as pupils; here a day's rows lie
-- together. Imports add days in date order, so the index mostly grows at its end.
CREATE INDEX attendance_day_date_idx ON attendance_day (tenant_id, date, child_id)
  INCLUDE (scheduled_minutes, valid_minutes, invalid_minutes);
