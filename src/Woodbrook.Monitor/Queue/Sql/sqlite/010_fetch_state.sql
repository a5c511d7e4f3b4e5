-- Fetch stage state beside `sources` and `comments` (001). Written so that re-running it changes nothing.

-- What the fetcher last saw of each post or media item: Facebook `updated_time` (Unix ms), Instagram `comments_count`.
-- A post whose activity is unchanged is not read again.
CREATE TABLE IF NOT EXISTS fetch_posts (
    source_name   TEXT NOT NULL,
    post_id       TEXT NOT NULL,
    activity      TEXT NOT NULL,
    created_time  INTEGER NOT NULL,
    read_at       INTEGER NOT NULL,
    PRIMARY KEY (source_name, post_id)
);

-- Per-source detail the digest and the token checks need, kept out of `sources` so that 001 stays as it is.
CREATE TABLE IF NOT EXISTS fetch_source_state (
    source_name            TEXT PRIMARY KEY,
    token_fingerprint      TEXT NULL,      -- first 16 hex of SHA-256 of the token that was refused (never the token)
    pause_count            INTEGER NOT NULL DEFAULT 0,
    usage_percent          INTEGER NULL,   -- highest rate-limit usage seen on the last call
    token_checked_at       INTEGER NULL,
    token_expires_at       INTEGER NULL,   -- Unix ms; NULL = never expires
    data_access_expires_at INTEGER NULL
);

-- Webhook events, one row per (object, field, item, verb, content): Meta delivers duplicates and retries for 36 hours.
CREATE TABLE IF NOT EXISTS webhook_events (
    dedupe_key    TEXT PRIMARY KEY,
    object        TEXT NOT NULL,
    field         TEXT NOT NULL,
    item_id       TEXT NOT NULL,
    verb          TEXT NOT NULL,
    received_at   INTEGER NOT NULL,
    processed_at  INTEGER NULL,
    outcome       TEXT NULL
);
