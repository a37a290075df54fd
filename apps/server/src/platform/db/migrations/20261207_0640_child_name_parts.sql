-- Finding a child by any part of the name, ignoring case and accents ("lindqvist" finds
-- "Ñúñez Lindqvist", "strom" finds "Öberg-Ström"), served by an index at any size (ADR 0016).
-- The folding lives here only: the search folds the typed words with the same function.

-- Decompose (NFD), drop the combining marks, lower-case; the few letters without a
-- decomposition are lowered by hand, as lower() under the C locale leaves them.
CREATE FUNCTION name_search_key(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(translate(regexp_replace(normalize(t, NFD), '[\u0300-\u036f]', '', 'g'), 'ØÆŒŁĐÞ', 'øæœłđþ'))
$$;

-- The parts of a name: split at spaces, hyphens, apostrophes, dots and commas.
CREATE FUNCTION name_search_parts(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT p), '{}')
  FROM regexp_split_to_table(name_search_key(t), '[[:space:]''’.,/_-]+') AS p
  WHERE p <> ''
$$;

-- One row per part of each child's name; C collation, so that a prefix LIKE uses the index.
CREATE TABLE child_name_part (
  tenant_id uuid NOT NULL REFERENCES tenant(id),
  child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
  part text COLLATE "C" NOT NULL,
  PRIMARY KEY (child_id, part)
);
CREATE INDEX child_name_part_search_idx ON child_name_part (tenant_id, part);

CREATE FUNCTION child_name_part_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM child_name_part WHERE child_id = NEW.id;
  INSERT INTO child_name_part (tenant_id, child_id, part)
    SELECT NEW.tenant_id, NEW.id, p
    FROM unnest(name_search_parts(NEW.given_name || ' ' || NEW.family_name)) AS p;
  RETURN NULL;
END;
$$;

CREATE TRIGGER child_name_part_insert AFTER INSERT ON child
  FOR EACH ROW EXECUTE FUNCTION child_name_part_sync();
CREATE TRIGGER child_name_part_update AFTER UPDATE OF given_name, family_name ON child
  FOR EACH ROW
  WHEN (OLD.given_name IS DISTINCT FROM NEW.given_name OR OLD.family_name IS DISTINCT FROM NEW.family_name)
  EXECUTE FUNCTION child_name_part_sync();

INSERT INTO child_name_part (tenant_id, child_id, part)
  SELECT c.tenant_id, c.id, p
  FROM child c, unnest(name_search_parts(c.given_name || ' ' || c.family_name)) AS p;
