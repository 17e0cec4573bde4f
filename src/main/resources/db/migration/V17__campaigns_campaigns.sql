-- Bulk sends. A campaign row is written first, with its audience frozen in campaign_recipient
-- (numbered 1..n, the number being the only reference its report shows), and then queued into
-- the outbox slice by slice by a job that claims the row with FOR UPDATE SKIP LOCKED. Each slice
-- moves queued_count in the same transaction as its outbox rows, and every outbox row has the
-- dedupe key campaign:<id>:<participant>, so a crash between slices resumes where it stopped and
-- never queues anyone twice. No phone number, address or name is stored here.
CREATE TABLE campaign (
    id CHAR(36) NOT NULL PRIMARY KEY,
    created_by VARCHAR(60) NOT NULL,
    template_id VARCHAR(60) NOT NULL,
    template_version INT NOT NULL,
    -- The audience as chosen: forum codes (comma-separated), membership, a meeting and RSVP answer, channel.
    forums VARCHAR(400) NOT NULL,
    membership VARCHAR(20) NOT NULL,
    meeting_id CHAR(36) NULL,
    rsvp VARCHAR(20) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    -- The template's values (meeting_day=..., one per line), worked out when the send was confirmed.
    template_values VARCHAR(2000) NOT NULL,
    about VARCHAR(80) NULL,
    expires_at DATETIME(6) NULL,
    dry_run BOOLEAN NOT NULL DEFAULT FALSE,
    scheduled_for DATETIME(6) NOT NULL,
    status VARCHAR(20) NOT NULL,
    recipient_count INT NOT NULL,
    queued_count INT NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    started_at DATETIME(6) NULL,
    finished_at DATETIME(6) NULL,
    cancelled_by VARCHAR(60) NULL
);

-- The queueing job's question: which campaigns are due and not finished queueing?
CREATE INDEX ix_campaign_due ON campaign (status, scheduled_for);
CREATE INDEX ix_campaign_created ON campaign (created_at);

CREATE TABLE campaign_recipient (
    campaign_id CHAR(36) NOT NULL,
    seq INT NOT NULL,
    participant_id CHAR(36) NOT NULL,
    PRIMARY KEY (campaign_id, seq),
    CONSTRAINT fk_campaign_recipient_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
