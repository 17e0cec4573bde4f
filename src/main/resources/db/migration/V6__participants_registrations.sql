-- Completed sign-ups. Half-finished ones live only in the browser session and are never stored.
-- Names, contacts and free-text answers are AES-GCM ciphertext (VARBINARY) under PORTAL_DATA_KEY;
-- only values the portal itself chose (codes, enum names, times, flags) are stored in clear.
-- Ids are random UUIDs, so no id reveals how many people signed up or in what order.
-- DATETIME, not TIMESTAMP: MariaDB before 10.10 gives a table's first TIMESTAMP column
-- ON UPDATE CURRENT_TIMESTAMP.

CREATE TABLE participant (
    id CHAR(36) NOT NULL PRIMARY KEY,
    chosen_name VARBINARY(400) NOT NULL,
    full_name VARBINARY(560) NULL,
    referral_code VARCHAR(40) NULL,
    heard_from VARCHAR(40) NULL,
    safe_channels VARCHAR(40) NOT NULL,
    safe_days VARCHAR(80) NOT NULL,
    safe_times VARCHAR(40) NOT NULL,
    discreet_messages BOOLEAN NOT NULL,
    safe_note VARBINARY(2100) NULL,
    preferred_language VARBINARY(300) NULL,
    access_needs VARCHAR(120) NOT NULL,
    access_needs_other VARBINARY(2100) NULL,
    submitted_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_participant_referral_code FOREIGN KEY (referral_code) REFERENCES referral_code (code)
);

-- One row per phone number or email address. contact_hash is HMAC-SHA256 of the normalised
-- contact, and unique: two sign-ups with the same contact at once give exactly one participant.
CREATE TABLE participant_contact (
    id CHAR(36) NOT NULL PRIMARY KEY,
    participant_id CHAR(36) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    contact_hash VARCHAR(64) NOT NULL,
    recipient VARBINARY(320) NOT NULL,
    verified_at DATETIME(6) NULL,
    CONSTRAINT uk_participant_contact_hash UNIQUE (contact_hash),
    CONSTRAINT fk_participant_contact_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE INDEX ix_participant_contact_participant ON participant_contact (participant_id);

-- Append-only: agreeing, and (later) withdrawing, each add a row; no row is ever changed.
CREATE TABLE consent_ledger (
    id CHAR(36) NOT NULL PRIMARY KEY,
    participant_id CHAR(36) NOT NULL,
    action VARCHAR(20) NOT NULL,
    privacy_notice_version INT NOT NULL,
    agreed_to_contact BOOLEAN NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_consent_ledger_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

CREATE INDEX ix_consent_ledger_participant ON consent_ledger (participant_id, recorded_at);

-- A participant's request to join each forum they chose, and where it stands.
CREATE TABLE forum_request (
    id CHAR(36) NOT NULL PRIMARY KEY,
    participant_id CHAR(36) NOT NULL,
    forum_code VARCHAR(40) NOT NULL,
    status VARCHAR(30) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_forum_request UNIQUE (participant_id, forum_code),
    CONSTRAINT fk_forum_request_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_forum_request_forum FOREIGN KEY (forum_code) REFERENCES forum (code)
);

-- The approvals queue: oldest first within a status.
CREATE INDEX ix_forum_request_queue ON forum_request (status, requested_at);

-- Equality monitoring answers, apart from identity: one encrypted, padded blob per person, no
-- time and no foreign key. participant_ref is HMAC-SHA256 of the participant id, so the rows can be
-- deleted when that person asks for erasure, but nobody holding only the database can join them
-- to a participant.
CREATE TABLE equality_answers (
    id CHAR(36) NOT NULL PRIMARY KEY,
    participant_ref VARCHAR(64) NOT NULL,
    answers VARBINARY(700) NOT NULL,
    CONSTRAINT uk_equality_answers_participant_ref UNIQUE (participant_ref)
);
