-- The experience log (issue 20.3): the tenant's themes that reflections are filed under, and the
-- steering group's conclusions against them, each with an owner and a follow-up date that come
-- back in the owner's worklist. Reflections themselves stay in the case's state (closure and
-- evaluations), so they go with the case under retention and in its register extract.

CREATE TABLE experience_theme (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  name text NOT NULL,
  -- Archived themes are no longer offered, but reflections and conclusions keep their name.
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

CREATE TABLE steering_conclusion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  -- The area the conclusion is about; null: the whole municipality.
  area_id uuid REFERENCES area(id),
  -- The experience themes it answers (ids of experience_theme), at least one.
  theme_ids jsonb NOT NULL DEFAULT '[]',
  saw text NOT NULL,
  decided text NOT NULL,
  follow_up text NOT NULL,
  owner_user_id uuid NOT NULL REFERENCES app_user(id),
  follow_up_on date NOT NULL,
  created_by_user_id uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  followed_up_at timestamptz,
  followed_up_by_user_id uuid REFERENCES app_user(id),
  followed_up_note text
);
CREATE INDEX steering_conclusion_owner_idx ON steering_conclusion (owner_user_id)
  WHERE followed_up_at IS NULL;
CREATE INDEX steering_conclusion_tenant_idx ON steering_conclusion (tenant_id, created_at);
