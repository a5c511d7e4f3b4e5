-- Every Keep of a flagged comment counts, per label, as an overturn: the classifier's precision as the practice sees it.
CREATE TABLE IF NOT EXISTS overturns (
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    label       TEXT NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (case_id, label)
);
CREATE INDEX IF NOT EXISTS ix_comments_author ON comments (platform, author_id);
