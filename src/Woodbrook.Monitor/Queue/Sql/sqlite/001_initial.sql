-- Woodbrook Monitor schema, version 1 (SQLite). Timestamps are UTC Unix milliseconds (INTEGER), so the same SQL
-- sorts and compares the same way on SQLite and PostgreSQL. Booleans are 0/1.

CREATE TABLE IF NOT EXISTS sources (
    name            TEXT PRIMARY KEY,
    platform        TEXT NOT NULL,
    account_id      TEXT NOT NULL,
    checkpoint      TEXT NULL,          -- opaque to the store: what the fetcher needs to ask only for what is new
    last_run_at     INTEGER NULL,
    last_success_at INTEGER NULL,
    health          TEXT NOT NULL DEFAULT 'ok',   -- ok | unhealthy | paused
    health_detail   TEXT NULL,
    paused_until    INTEGER NULL
);

CREATE TABLE IF NOT EXISTS comments (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    platform      TEXT NOT NULL,
    comment_id    TEXT NOT NULL,
    source_name   TEXT NOT NULL,
    post_id       TEXT NOT NULL,
    parent_id     TEXT NULL,
    post_text     TEXT NULL,
    text          TEXT NOT NULL,
    text_hash     TEXT NOT NULL,        -- SHA-256 of the text: an edit shows as a new hash and is classified again
    author_id     TEXT NULL,
    author_name   TEXT NULL,
    permalink     TEXT NULL,
    created_time  INTEGER NOT NULL,
    fetched_at    INTEGER NOT NULL,
    is_hidden     INTEGER NOT NULL DEFAULT 0,
    can_hide      INTEGER NULL,
    can_remove    INTEGER NULL,
    raw_json      TEXT NOT NULL,        -- the comment as the API returned it: evidence before removal
    classified_hash TEXT NULL,          -- text_hash of the last classified text; differs from text_hash = work to do
    UNIQUE (platform, comment_id)
);
CREATE INDEX IF NOT EXISTS ix_comments_unclassified ON comments (classified_hash, text_hash);

CREATE TABLE IF NOT EXISTS verdicts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_row   INTEGER NOT NULL REFERENCES comments (id),
    text_hash     TEXT NOT NULL,
    classifier    TEXT NOT NULL,
    labels        TEXT NOT NULL,        -- space-separated wire names, sorted; '' = clean
    evidence_json TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    UNIQUE (comment_row, text_hash)
);

-- A flagged comment becomes a case. States: pending -> decided -> done | failed; pending -> expired is not used:
-- a pending case stays pending until a person decides (reminders and escalation nudge them).
CREATE TABLE IF NOT EXISTS cases (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_row   INTEGER NOT NULL REFERENCES comments (id),
    verdict_id    INTEGER NOT NULL REFERENCES verdicts (id),
    state         TEXT NOT NULL,        -- pending | decided | done | failed
    labels        TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    decision      TEXT NULL,            -- delete | hide | keep | escalate
    decided_by    TEXT NULL,
    decided_at    INTEGER NULL,
    reason        TEXT NULL,
    UNIQUE (verdict_id)
);
CREATE INDEX IF NOT EXISTS ix_cases_state ON cases (state);

-- One row per Graph action a case needs; the unique key is what makes "never acts twice" hold across restarts.
CREATE TABLE IF NOT EXISTS actions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    kind          TEXT NOT NULL,        -- delete | hide | unhide
    state         TEXT NOT NULL,        -- pending | done | gone | not_permitted | failed
    attempts      INTEGER NOT NULL DEFAULT 0,
    http_status   INTEGER NULL,
    response      TEXT NULL,
    created_at    INTEGER NOT NULL,
    completed_at  INTEGER NULL,
    UNIQUE (case_id, kind)
);

-- Append-only. Each entry's hash covers the previous entry's hash, so an edit or a removal breaks the chain.
CREATE TABLE IF NOT EXISTS audit_log (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    at            INTEGER NOT NULL,
    actor         TEXT NOT NULL,
    event         TEXT NOT NULL,
    case_id       INTEGER NULL,
    detail        TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);

-- An email is recorded here before it is sent and marked sent once the server accepts it.
CREATE TABLE IF NOT EXISTS outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key    TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    case_id       INTEGER NULL,
    recipient     TEXT NOT NULL,
    subject       TEXT NOT NULL,
    text_body     TEXT NOT NULL,
    html_body     TEXT NULL,
    created_at    INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    sent_at       INTEGER NULL,
    last_error    TEXT NULL
);
CREATE INDEX IF NOT EXISTS ix_outbox_unsent ON outbox (sent_at, next_attempt_at);

CREATE TABLE IF NOT EXISTS evidence (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id       INTEGER NOT NULL REFERENCES cases (id),
    record_json   TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    created_at    INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS digests (
    local_date    TEXT PRIMARY KEY,
    sent_at       INTEGER NOT NULL
);
