-- Support circles (sync.circle) as this profile knows them. On the person's side, each supporter's circle space
-- (whose readers are that supporter's devices); on the supporter's side, the circles they were invited into,
-- with the name they gave the person. The shares themselves are kept as the circle's document
-- (document_snapshots), so forgetting a space deletes what was shared.

CREATE TABLE circles (
    space_id      BLOB PRIMARY KEY CHECK (length(space_id) = 16),
    side          TEXT NOT NULL CHECK (side IN ('person', 'supporter')),
    supporter_id  TEXT REFERENCES supporters (id) ON DELETE SET NULL,
    label         TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 120),
    created_at    TEXT NOT NULL,
    CHECK (side = 'person' OR supporter_id IS NULL)  -- a supporter's side names no supporter of mine
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX circles_by_supporter ON circles (supporter_id) WHERE supporter_id IS NOT NULL;
