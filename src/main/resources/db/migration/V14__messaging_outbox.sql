-- Message templates. Each edit adds a version; the newest version of a template is the one used,
-- and every message records the version it was made from, so what someone received can always
-- be shown. Versions are never changed or deleted.
CREATE TABLE message_template_version (
    id CHAR(36) NOT NULL PRIMARY KEY,
    template_id VARCHAR(60) NOT NULL,
    version INT NOT NULL,
    purpose VARCHAR(30) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_message_template_version UNIQUE (template_id, version)
);

-- The four texts of a version: per channel (SMS, EMAIL) a DISCREET and a FULL variant. Email has a
-- subject; SMS has none. A separate table keeps each row far below MariaDB's 64 KB row limit.
CREATE TABLE message_template_text (
    version_id CHAR(36) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    variant VARCHAR(10) NOT NULL,
    subject VARCHAR(200) NULL,
    body VARCHAR(10000) NOT NULL,
    PRIMARY KEY (version_id, channel, variant),
    CONSTRAINT fk_message_template_text_version FOREIGN KEY (version_id) REFERENCES message_template_version (id)
);

-- The outbox: every message to a participant is a row here first, in the transaction that decided
-- to send it, and is sent after that commits. No phone number or address is stored: the dispatcher
-- asks for the person's current safe contact at the moment it sends, so a channel marked unsafe
-- since is never used. Status moves forward only (see OutboxStatus).
CREATE TABLE outbox_message (
    id CHAR(36) NOT NULL PRIMARY KEY,
    participant_id CHAR(36) NOT NULL,
    campaign_id CHAR(36) NULL,
    about VARCHAR(80) NULL,
    dedupe_key VARCHAR(160) NULL,
    template_id VARCHAR(60) NOT NULL,
    template_version INT NOT NULL,
    channel VARCHAR(10) NOT NULL,
    variant VARCHAR(10) NOT NULL,
    subject VARCHAR(200) NULL,
    body VARCHAR(10000) NOT NULL,
    segments INT NOT NULL,
    dry_run BOOLEAN NOT NULL DEFAULT FALSE,
    reminder BOOLEAN NOT NULL DEFAULT FALSE,
    status VARCHAR(20) NOT NULL,
    reason VARCHAR(60) NULL,
    needs_review BOOLEAN NOT NULL DEFAULT FALSE,
    not_before DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NULL,
    attempts INT NOT NULL DEFAULT 0,
    claimed_at DATETIME(6) NULL,
    claimed_by VARCHAR(60) NULL,
    attempt_started_at DATETIME(6) NULL,
    provider_ref VARCHAR(120) NULL,
    created_at DATETIME(6) NOT NULL,
    sent_at DATETIME(6) NULL,
    finished_at DATETIME(6) NULL,
    CONSTRAINT uk_outbox_message_dedupe UNIQUE (dedupe_key)
);

-- The dispatcher's question: what is due now?
CREATE INDEX ix_outbox_message_due ON outbox_message (status, not_before);
CREATE INDEX ix_outbox_message_campaign ON outbox_message (campaign_id, status);
CREATE INDEX ix_outbox_message_participant ON outbox_message (participant_id, status);
CREATE INDEX ix_outbox_message_about ON outbox_message (about, status);
CREATE INDEX ix_outbox_message_provider_ref ON outbox_message (provider_ref);

-- A participant's own choices about messages, apart from their safe channels: texting STOP opts
-- out of SMS (email unaffected); the link in a reminder email stops reminders by email.
CREATE TABLE message_preference (
    participant_id CHAR(36) NOT NULL PRIMARY KEY,
    sms_opted_out_at DATETIME(6) NULL,
    email_reminders_stopped_at DATETIME(6) NULL,
    updated_at DATETIME(6) NOT NULL
);

-- The templates the portal starts with: version 1 of each, written by the system. Coordinators
-- edit them at /staff/templates, which adds versions. Discreet texts never mention crime,
-- police, victims or which forum.

INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at) VALUES ('5eed0000-0000-0000-0000-000000000001', 'meeting-reminder', 1, 'MEETING_REMINDER', 'system', '2026-12-07 00:00:00');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000001', 'SMS', 'DISCREET', NULL, 'Reminder: your group meeting is on ((meeting_day)) at ((meeting_time)). Reply YES if you are coming or NO if you cannot come.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000001', 'SMS', 'FULL', NULL, 'Victim Voice Forums: reminder, your forum meeting is on ((meeting_day)) at ((meeting_time)). Reply YES if you are coming or NO if you cannot come. Details: ((link))');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000001', 'EMAIL', 'DISCREET', 'Reminder: your group meeting', 'Reminder: your group meeting is on ((meeting_day)) at ((meeting_time)). Reply YES if you are coming or NO if you cannot come. To stop reminders by email, open this link: ((stop_link))');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000001', 'EMAIL', 'FULL', 'Victim Voice Forums: meeting reminder', 'Victim Voice Forums: reminder, your forum meeting is on ((meeting_day)) at ((meeting_time)). Reply YES if you are coming or NO if you cannot come. Details: ((link)) To stop reminders by email, open this link: ((stop_link))');

INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at) VALUES ('5eed0000-0000-0000-0000-000000000002', 'meeting-moved', 1, 'MEETING_CHANGED', 'system', '2026-12-07 00:00:00');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000002', 'SMS', 'DISCREET', NULL, 'Your group meeting on ((old_day)) has moved to ((meeting_day)), ((meeting_time)) to ((meeting_end)). Sign in to the website for details.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000002', 'SMS', 'FULL', NULL, 'Victim Voice Forums: your forum meeting on ((old_day)) has moved to ((meeting_day)), ((meeting_time)) to ((meeting_end)). Sign in to the portal for details.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000002', 'EMAIL', 'DISCREET', 'Your group meeting has moved', 'Your group meeting on ((old_day)) has moved to ((meeting_day)), ((meeting_time)) to ((meeting_end)). Sign in to the website for details.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000002', 'EMAIL', 'FULL', 'Victim Voice Forums: your meeting has moved', 'Victim Voice Forums: your forum meeting on ((old_day)) has moved to ((meeting_day)), ((meeting_time)) to ((meeting_end)). Sign in to the portal for details.');

INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at) VALUES ('5eed0000-0000-0000-0000-000000000003', 'meeting-cancelled', 1, 'MEETING_CANCELLED', 'system', '2026-12-07 00:00:00');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000003', 'SMS', 'DISCREET', NULL, 'Your group meeting on ((meeting_day)) at ((meeting_time)) is cancelled. Sign in to the website for details.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000003', 'SMS', 'FULL', NULL, 'Victim Voice Forums: your forum meeting on ((meeting_day)) at ((meeting_time)) is cancelled. Sign in to the portal for details.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000003', 'EMAIL', 'DISCREET', 'Your group meeting is cancelled', 'Your group meeting on ((meeting_day)) at ((meeting_time)) is cancelled. Sign in to the website for details.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000003', 'EMAIL', 'FULL', 'Victim Voice Forums: your meeting is cancelled', 'Victim Voice Forums: your forum meeting on ((meeting_day)) at ((meeting_time)) is cancelled. Sign in to the portal for details.');

INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at) VALUES ('5eed0000-0000-0000-0000-000000000004', 'approval-approved', 1, 'APPROVAL_DECISION', 'system', '2026-12-07 00:00:00');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000004', 'SMS', 'DISCREET', NULL, 'Good news: your application has been accepted. We will send you the details of what happens next soon.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000004', 'SMS', 'FULL', NULL, 'Victim Voice Forums: your sign-up has been approved. We will send you the details of your forum meetings soon.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000004', 'EMAIL', 'DISCREET', 'An update on your application', 'Good news: your application has been accepted. We will send you the details of what happens next soon.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000004', 'EMAIL', 'FULL', 'Victim Voice Forums: an update on your sign-up', 'Victim Voice Forums: your sign-up has been approved. We will send you the details of your forum meetings soon.');

INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at) VALUES ('5eed0000-0000-0000-0000-000000000005', 'approval-declined', 1, 'APPROVAL_DECISION', 'system', '2026-12-07 00:00:00');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000005', 'SMS', 'DISCREET', NULL, 'Thank you for your application. We cannot offer you a place this time. You are welcome to contact us if you have any questions.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000005', 'SMS', 'FULL', NULL, 'Victim Voice Forums: thank you for signing up. We cannot offer you a place in the forums this time. You are welcome to contact us if you have any questions.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000005', 'EMAIL', 'DISCREET', 'An update on your application', 'Thank you for your application. We cannot offer you a place this time. You are welcome to contact us if you have any questions.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000005', 'EMAIL', 'FULL', 'Victim Voice Forums: an update on your sign-up', 'Victim Voice Forums: thank you for signing up. We cannot offer you a place in the forums this time. You are welcome to contact us if you have any questions.');

INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at) VALUES ('5eed0000-0000-0000-0000-000000000006', 'approval-waiting-list', 1, 'APPROVAL_DECISION', 'system', '2026-12-07 00:00:00');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000006', 'SMS', 'DISCREET', NULL, 'Thank you for your application. It has been accepted, but there is no space for you just now. You are on the waiting list. We will tell you when a space is free.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000006', 'SMS', 'FULL', NULL, 'Victim Voice Forums: your sign-up has been approved, but there are no places free just now in: ((forums)). You are on the waiting list. We will tell you when a place is free.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000006', 'EMAIL', 'DISCREET', 'An update on your application', 'Thank you for your application. It has been accepted, but there is no space for you just now. You are on the waiting list. We will tell you when a space is free.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000006', 'EMAIL', 'FULL', 'Victim Voice Forums: an update on your sign-up', 'Victim Voice Forums: your sign-up has been approved, but there are no places free just now in: ((forums)). You are on the waiting list. We will tell you when a place is free.');

INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at) VALUES ('5eed0000-0000-0000-0000-000000000007', 'approval-some-waiting-list', 1, 'APPROVAL_DECISION', 'system', '2026-12-07 00:00:00');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000007', 'SMS', 'DISCREET', NULL, 'Good news: your application has been accepted. We will send you the details of what happens next soon. Some groups you chose have no space just now, so you are on their waiting list. We will tell you when a space is free.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000007', 'SMS', 'FULL', NULL, 'Victim Voice Forums: your sign-up has been approved. We will send you the details of your forum meetings soon. There are no places free just now in: ((forums)). You are on the waiting list there. We will tell you when a place is free.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000007', 'EMAIL', 'DISCREET', 'An update on your application', 'Good news: your application has been accepted. We will send you the details of what happens next soon. Some groups you chose have no space just now, so you are on their waiting list. We will tell you when a space is free.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000007', 'EMAIL', 'FULL', 'Victim Voice Forums: an update on your sign-up', 'Victim Voice Forums: your sign-up has been approved. We will send you the details of your forum meetings soon. There are no places free just now in: ((forums)). You are on the waiting list there. We will tell you when a place is free.');

INSERT INTO message_template_version (id, template_id, version, purpose, created_by, created_at) VALUES ('5eed0000-0000-0000-0000-000000000008', 'waiting-list-offer', 1, 'WAITING_LIST_OFFER', 'system', '2026-12-07 00:00:00');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000008', 'SMS', 'DISCREET', NULL, 'A place has come up in your group. Sign in to accept it by ((accept_by)).');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000008', 'SMS', 'FULL', NULL, 'Victim Voice Forums: a place has come up in ((forum)). Sign in to accept it by ((accept_by)). If you do not, it will go to the next person on the waiting list.');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000008', 'EMAIL', 'DISCREET', 'A place has come up', 'A place has come up in your group. Sign in to accept it by ((accept_by)).');
INSERT INTO message_template_text (version_id, channel, variant, subject, body) VALUES ('5eed0000-0000-0000-0000-000000000008', 'EMAIL', 'FULL', 'Victim Voice Forums: a place in ((forum))', 'Victim Voice Forums: a place has come up in ((forum)). Sign in to accept it by ((accept_by)). If you do not, it will go to the next person on the waiting list.');
