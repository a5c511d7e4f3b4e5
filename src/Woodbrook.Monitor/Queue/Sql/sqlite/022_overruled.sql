-- The labels the rules gave that the learned backstop took back (space-separated wire names; '' = none), so the digest
-- can count how often a rule fired on a comment that was then not queued. Labels only: no text, no evidence.
ALTER TABLE verdicts ADD COLUMN overruled TEXT NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS ix_verdicts_overruled ON verdicts (created_at) WHERE overruled <> '';
