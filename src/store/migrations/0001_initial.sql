-- The personal store: wellness plan, goals, check-ins, supporters, contributions, settings, device identity.
-- Times are UTC ISO-8601 strings; days are ISO dates; money is integer minor units.
-- The check-in tables are WITHOUT ROWID: one b-tree per table instead of table + key index, so saving a
-- check-in writes fewer pages, each of which SQLCipher must encrypt and HMAC.

CREATE TABLE plan_items (
    id          TEXT PRIMARY KEY,
    section     TEXT NOT NULL CHECK (section IN (
                    'toolbox', 'daily_plan', 'triggers', 'warning_signs', 'breaking_down',
                    'crisis_contacts', 'crisis_helps', 'crisis_avoid', 'after_crisis')),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    response    TEXT NOT NULL DEFAULT '' CHECK (length(response) <= 2000),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX plan_items_by_section ON plan_items (section, position);

CREATE TABLE goals (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    why          TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL CHECK (status IN ('active', 'done', 'paused', 'dropped')),
    target_day   TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE goal_actions (
    id          TEXT PRIMARY KEY,
    goal_id     TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    due_day     TEXT,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX goal_actions_by_goal ON goal_actions (goal_id, position);

CREATE TABLE checkins (
    id          TEXT PRIMARY KEY,
    day         TEXT NOT NULL UNIQUE,
    mood        INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 10),
    note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE checkin_answers (
    checkin_id  TEXT NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    question    TEXT NOT NULL CHECK (question IN ('sleep', 'energy', 'stress', 'connection')),
    value       INTEGER NOT NULL CHECK (value BETWEEN 0 AND 4),
    PRIMARY KEY (checkin_id, question)
) STRICT, WITHOUT ROWID;

CREATE TABLE checkin_tags (
    checkin_id  TEXT NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40),
    PRIMARY KEY (checkin_id, tag)
) STRICT, WITHOUT ROWID;

CREATE TABLE supporters (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    contact       TEXT NOT NULL DEFAULT '',
    relationship  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE supporter_sections (
    supporter_id  TEXT NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
    section       TEXT NOT NULL,
    PRIMARY KEY (supporter_id, section)
) STRICT, WITHOUT ROWID;

CREATE TABLE contributions (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('hours', 'money', 'stake', 'circle_payment', 'time_credit')),
    amount_minor  INTEGER NOT NULL CHECK (amount_minor BETWEEN 1 AND 1000000000000),
    unit          TEXT NOT NULL,
    day           TEXT NOT NULL,
    counterparty  TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    ledger_ref    TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX contributions_by_day ON contributions (day);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- This device's identity. Regenerated on import or restore: a copied actor id breaks CRDT sync forever.
CREATE TABLE device_identity (
    slot            INTEGER PRIMARY KEY CHECK (slot = 1),
    signing_key     BLOB NOT NULL CHECK (length(signing_key) = 32),
    agreement_key   BLOB NOT NULL CHECK (length(agreement_key) = 32),
    actor_id        BLOB NOT NULL CHECK (length(actor_id) = 16),
    created_at      TEXT NOT NULL
) STRICT;
