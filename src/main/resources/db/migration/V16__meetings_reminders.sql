-- One reminder per meeting and number of days before it. due_at is the instant of the forum's
-- reminder time in London on that day, so clock changes never shift it. The sweep claims due PLANNED
-- rows (FOR UPDATE SKIP LOCKED) and queues one outbox message per member in the same transaction,
-- then marks the row QUEUED. SKIPPED: its moment had passed when the meeting was made or moved.
-- revision goes up each time a queued reminder is planned again (the meeting moved), and is part of
-- the outbox dedupe key, so the new reminder is not mistaken for the old one.
CREATE TABLE meeting_reminder (
    meeting_id CHAR(36) NOT NULL,
    days_before INT NOT NULL,
    due_at DATETIME(6) NOT NULL,
    status VARCHAR(20) NOT NULL,
    revision INT NOT NULL DEFAULT 0,
    queued_at DATETIME(6) NULL,
    PRIMARY KEY (meeting_id, days_before),
    CONSTRAINT fk_meeting_reminder_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

CREATE INDEX ix_meeting_reminder_due ON meeting_reminder (status, due_at);
