-- Messages the dev outbox kept instead of sending. The table exists everywhere so the schema is
-- the same in every environment; only non-prod profiles ever write to it.
CREATE TABLE dev_outbox_message (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel VARCHAR(10) NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(200),
    body VARCHAR(10000) NOT NULL,
    created_at DATETIME(6) NOT NULL
);

CREATE INDEX ix_dev_outbox_message_created_at ON dev_outbox_message (created_at);
