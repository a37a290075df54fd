-- Retention (gallring, issue #21.4, ADR 0037) and register extracts (#21.3).

-- A tenant's retention rules where they differ from the defaults (features/retention/rules.ts).
CREATE TABLE retention_rule (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  rule text NOT NULL,
  amount integer NOT NULL CHECK (amount > 0),
  updated_by uuid REFERENCES app_user(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, rule)
);

-- A legal hold keeps a case (and everything of it) from retention until it is lifted.
CREATE TABLE legal_hold (
  case_id uuid PRIMARY KEY REFERENCES cases(id),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  reason text NOT NULL,
  placed_by uuid REFERENCES app_user(id),
  placed_at timestamptz NOT NULL DEFAULT now()
);

-- What the next nightly runs will remove, published before: nothing is removed that was not in
-- the preview for a while (published_at). One row per group (a case, a term, a day), no names.
CREATE TABLE retention_candidate (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  rule text NOT NULL,
  item_key text NOT NULL,
  description text NOT NULL,
  item_count integer NOT NULL,
  published_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, rule, item_key)
);

-- What retention removed: the rule, the group and the counts, never personal data.
CREATE TABLE retention_record (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  ran_at timestamptz NOT NULL,
  rule text NOT NULL,
  item_key text NOT NULL,
  description text NOT NULL,
  removed jsonb NOT NULL
);
CREATE INDEX retention_record_tenant_idx ON retention_record (tenant_id, ran_at);

-- The pruned start of a tenant's audit chain: entries 1..seq are gone, entry seq had `hash`.
-- The pruning is itself an entry in the chain (action audit.pruned) naming seq and hash, so the
-- rest of the chain, its head and anchors vouch for the checkpoint. It only moves forward.
CREATE TABLE audit_checkpoint (
  tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
  seq bigint NOT NULL,
  hash text NOT NULL,
  pruned_at timestamptz NOT NULL
);

CREATE FUNCTION audit_checkpoint_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.tenant_id = OLD.tenant_id AND NEW.seq > OLD.seq THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_checkpoint only moves forward';
END;
$$;
CREATE TRIGGER audit_checkpoint_no_change BEFORE UPDATE OR DELETE ON audit_checkpoint
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_forward_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_forward_only();

-- Entries stay append-only, except the prefix a checkpoint already covers may be deleted.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND EXISTS (
    SELECT 1 FROM audit_checkpoint c WHERE c.tenant_id = OLD.tenant_id AND OLD.seq <= c.seq
  ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
