-- An agreed plan version stays unchangeable, but retention (ADR 0037) may delete it with the rest
-- of its case: only inside a transaction that has said so (features/retention/case-graph.ts).
CREATE OR REPLACE FUNCTION plan_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('kring.retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'an agreed plan version cannot be changed';
END;
$$;
