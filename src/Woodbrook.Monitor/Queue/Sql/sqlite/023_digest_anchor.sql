-- The newest audit entry when each digest was composed (its number and hash). The digest prints them, and the next
-- digest checks that entry is still there, so removing the newest audit entries no longer goes unseen.
ALTER TABLE digests ADD COLUMN audit_seq INTEGER;
ALTER TABLE digests ADD COLUMN audit_hash TEXT;
