-- The outbox id of each message the dev outbox kept, so a simulated delivery receipt can find the
-- message, and a send that ended unclear can be looked up, as they would be at Twilio.
ALTER TABLE dev_outbox_message ADD COLUMN reference VARCHAR(36) NULL;
CREATE INDEX ix_dev_outbox_message_reference ON dev_outbox_message (reference);
