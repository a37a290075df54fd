-- The notes of an import job (the encoding each CSV file was read in, SS 12000 entity files left
-- unread), shown with its outcome on whichever server the page asks.
ALTER TABLE attendance_import_job ADD COLUMN notes jsonb;
