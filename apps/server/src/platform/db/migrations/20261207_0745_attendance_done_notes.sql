-- A duty marked done can carry a note (issue 17.2): what was done about an attendance task, or
-- what the guardians were told for a day's unexcused absence. Shown where the duty is listed.
ALTER TABLE attendance_task ADD COLUMN done_note text;
ALTER TABLE attendance_notice ADD COLUMN note text;
