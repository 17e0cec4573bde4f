-- An approver's decision on a sign-up: one row per participant. The unique participant_id means
-- two approvers deciding at once give exactly one decision; the other is refused.
-- The decline reason is AES-GCM ciphertext like the other free text about a person.
CREATE TABLE registration_decision (
    id CHAR(36) NOT NULL PRIMARY KEY,
    participant_id CHAR(36) NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    reason VARBINARY(2100) NULL,
    decided_by VARCHAR(100) NOT NULL,
    decided_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_registration_decision_participant UNIQUE (participant_id),
    CONSTRAINT fk_registration_decision_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);

-- Who looked at or decided on whose data, and when. Append-only. No foreign key: the record
-- must outlive the participant row when that person's data is erased.
CREATE TABLE staff_access_audit (
    id CHAR(36) NOT NULL PRIMARY KEY,
    staff_username VARCHAR(100) NOT NULL,
    participant_id CHAR(36) NOT NULL,
    action VARCHAR(30) NOT NULL,
    accessed_at DATETIME(6) NOT NULL
);

CREATE INDEX ix_staff_access_audit_participant ON staff_access_audit (participant_id, accessed_at);
