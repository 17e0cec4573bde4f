-- A participant's request about one meeting: adjustments (access needs and their own words) or
-- support (to talk to someone from Victim Support before or after it). SUPPORT staff work
-- through them. The ticked needs and the timing are the portal's own options, kept in clear for
-- the queue; what the person wrote is AES-GCM ciphertext bound to this column and row
-- (500 code points: up to 2,000 bytes of UTF-8, plus the cipher's overhead).
-- version: two workers changing one request at once; the second is refused, not lost.
CREATE TABLE assistance_request (
    id CHAR(36) NOT NULL PRIMARY KEY,
    participant_id CHAR(36) NOT NULL,
    meeting_id CHAR(36) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    access_needs VARCHAR(200) NOT NULL,
    support_timing VARCHAR(20) NULL,
    details VARBINARY(2100) NULL,
    status VARCHAR(20) NOT NULL,
    asked_at DATETIME(6) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_assistance_request_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_assistance_request_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

CREATE INDEX ix_assistance_request_status ON assistance_request (status, asked_at);
CREATE INDEX ix_assistance_request_participant ON assistance_request (participant_id, asked_at);

-- Staff notes on a request: only ever added; the text is sealed like the request's own
-- (1,000 code points: up to 4,000 bytes, plus overhead). Never shown to the participant.
CREATE TABLE assistance_note (
    id CHAR(36) NOT NULL PRIMARY KEY,
    request_id CHAR(36) NOT NULL,
    written_by VARCHAR(100) NOT NULL,
    written_at DATETIME(6) NOT NULL,
    body VARBINARY(4100) NOT NULL,
    CONSTRAINT fk_assistance_note_request FOREIGN KEY (request_id) REFERENCES assistance_request (id)
);

CREATE INDEX ix_assistance_note_request ON assistance_note (request_id, written_at);
