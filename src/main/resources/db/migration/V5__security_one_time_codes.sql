-- One-time sign-in codes. Nothing here names a person: contacts, codes and IP addresses are kept
-- only as HMAC-SHA256 values (hex) under a server key that never reaches the database.
-- DATETIME, not TIMESTAMP: MariaDB before 10.10 silently gives the first TIMESTAMP column of a
-- table ON UPDATE CURRENT_TIMESTAMP, which would move issued_at on every try.

-- At most one code per contact: a new send replaces the row's code, so an older code stops working.
CREATE TABLE one_time_code (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    contact_hash VARCHAR(64) NOT NULL,
    code_hash VARCHAR(64) NOT NULL,
    issued_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    tries INT NOT NULL,
    used_at DATETIME(6) NULL,
    CONSTRAINT uk_one_time_code_contact UNIQUE (contact_hash)
);

CREATE INDEX ix_one_time_code_issued_at ON one_time_code (issued_at);

-- Every code sent, for the per-contact and per-IP limits; rows older than a day are purged.
CREATE TABLE one_time_code_send (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    contact_hash VARCHAR(64) NOT NULL,
    ip_hash VARCHAR(64) NOT NULL,
    sent_at DATETIME(6) NOT NULL
);

CREATE INDEX ix_one_time_code_send_contact ON one_time_code_send (contact_hash, sent_at);
CREATE INDEX ix_one_time_code_send_ip ON one_time_code_send (ip_hash, sent_at);
CREATE INDEX ix_one_time_code_send_sent_at ON one_time_code_send (sent_at);
