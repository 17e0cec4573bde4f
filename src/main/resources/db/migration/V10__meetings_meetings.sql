-- A forum's run of meetings: every interval_weeks weeks at a local Europe/London time. The
-- meetings are made from it when the series is created; each can then be moved or cancelled.
CREATE TABLE meeting_series (
    id CHAR(36) NOT NULL PRIMARY KEY,
    forum_code VARCHAR(40) NOT NULL,
    interval_weeks INT NOT NULL,
    local_start TIME NOT NULL,
    local_end TIME NOT NULL,
    first_date DATE NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_meeting_series_forum FOREIGN KEY (forum_code) REFERENCES forum (code)
);

-- One meeting. starts_at and ends_at are instants (UTC); the local time is worked out in
-- Europe/London when the meeting is made or moved, so clock changes never shift it.
CREATE TABLE meeting (
    id CHAR(36) NOT NULL PRIMARY KEY,
    series_id CHAR(36) NULL,
    forum_code VARCHAR(40) NOT NULL,
    starts_at DATETIME(6) NOT NULL,
    ends_at DATETIME(6) NOT NULL,
    status VARCHAR(20) NOT NULL,
    venue_address VARCHAR(500) NULL,
    step_free BOOLEAN NOT NULL DEFAULT FALSE,
    hearing_loop BOOLEAN NOT NULL DEFAULT FALSE,
    nearest_station VARCHAR(200) NULL,
    online_link VARCHAR(500) NULL,
    capacity INT NOT NULL,
    notes VARCHAR(2000) NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_series FOREIGN KEY (series_id) REFERENCES meeting_series (id),
    CONSTRAINT fk_meeting_forum FOREIGN KEY (forum_code) REFERENCES forum (code)
);

CREATE INDEX ix_meeting_forum_start ON meeting (forum_code, starts_at);

-- A member's answer to "are you coming?": one row per member and meeting, changed in place.
CREATE TABLE meeting_rsvp (
    meeting_id CHAR(36) NOT NULL,
    participant_id CHAR(36) NOT NULL,
    answer VARCHAR(20) NOT NULL,
    answered_at DATETIME(6) NOT NULL,
    PRIMARY KEY (meeting_id, participant_id),
    CONSTRAINT fk_meeting_rsvp_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
