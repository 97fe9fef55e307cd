-- Placeholder: number 13 belongs to another branch's migration (signed contributions). This file exists only
-- so that 0014 applies on this branch; it is dropped when the branches are merged.
SELECT 1;
