-- The full crisis plan: how I am when I am well, the signs that others should take over, medications and
-- treatments (and which to avoid), where I would and would not want to be cared for, who may and may not decide,
-- what others can do day to day, and when the plan no longer applies. The section list is a CHECK constraint,
-- which SQLite cannot alter: the table is rebuilt and every existing item is copied as it was.

CREATE TABLE plan_items_0011 (
    id          TEXT PRIMARY KEY,
    section     TEXT NOT NULL CHECK (section IN (
                    'toolbox', 'daily_plan', 'triggers', 'warning_signs', 'breaking_down',
                    'crisis_well', 'crisis_signs', 'crisis_contacts', 'crisis_deciders', 'crisis_not_deciders',
                    'crisis_medications', 'crisis_medications_avoid', 'crisis_care', 'crisis_care_avoid',
                    'crisis_helps', 'crisis_avoid', 'crisis_day_to_day', 'crisis_inactive', 'after_crisis')),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    response    TEXT NOT NULL DEFAULT '' CHECK (length(response) <= 2000),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
INSERT INTO plan_items_0011 (id, section, position, text, response, created_at, updated_at)
    SELECT id, section, position, text, response, created_at, updated_at FROM plan_items;
DROP TABLE plan_items;
ALTER TABLE plan_items_0011 RENAME TO plan_items;
CREATE INDEX plan_items_by_section ON plan_items (section, position);
