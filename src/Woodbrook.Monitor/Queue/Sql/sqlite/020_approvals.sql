-- Approvals: when a case's approval emails were queued, reminders, and the link an approval email carries
-- (so the demo can print it as it is sent).
ALTER TABLE cases ADD COLUMN notified_at INTEGER NULL;
ALTER TABLE cases ADD COLUMN reminders_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN escalated_at INTEGER NULL;
ALTER TABLE cases ADD COLUMN meta_report_ref TEXT NULL;
ALTER TABLE outbox ADD COLUMN link TEXT NULL;
ALTER TABLE actions ADD COLUMN claimed_at INTEGER NULL;
