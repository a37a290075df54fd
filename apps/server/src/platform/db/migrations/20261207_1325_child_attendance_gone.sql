-- A pupil the school administration system reports as dead or emigrated (SS 12000 personStatus
-- "Avliden", "Utvandrad"): from this date they are off the attendance staircase and get no tasks.
-- Null again when a later import reports them active.
ALTER TABLE child ADD COLUMN attendance_gone_on date;
