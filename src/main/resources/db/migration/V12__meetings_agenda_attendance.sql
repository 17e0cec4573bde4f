-- Topics members suggest for a meeting's agenda. There is deliberately no column that says who
-- suggested a topic, and the day is kept, not the time, so nobody reading this table (or a copy
-- of it) can match a suggestion to a person by when they were signed in.
-- topic_text holds up to 1,000 code points; 2,000 because H2 counts UTF-16 units, not code points.
CREATE TABLE meeting_topic (
    id CHAR(36) NOT NULL PRIMARY KEY,
    meeting_id CHAR(36) NOT NULL,
    topic_text VARCHAR(2000) NOT NULL,
    suggested_on DATE NOT NULL,
    CONSTRAINT fk_meeting_topic_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

CREATE INDEX ix_meeting_topic_meeting ON meeting_topic (meeting_id);

-- One vote per topic per member: the primary key refuses a second one even when two requests
-- race past the service's own check.
CREATE TABLE meeting_topic_vote (
    topic_id CHAR(36) NOT NULL,
    participant_id CHAR(36) NOT NULL,
    voted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (topic_id, participant_id),
    CONSTRAINT fk_meeting_topic_vote_topic FOREIGN KEY (topic_id) REFERENCES meeting_topic (id)
);

-- A meeting's agenda as coordinators build it. Members see its items from publish_at on;
-- NULL means not published. Every change to a meeting's items locks this row first.
CREATE TABLE meeting_agenda (
    meeting_id CHAR(36) NOT NULL PRIMARY KEY,
    publish_at DATETIME(6) NULL,
    publish_days_before INT NULL,
    published_by VARCHAR(80) NULL,
    CONSTRAINT fk_meeting_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

-- The agenda's items in order. topic_id is set when an item came from a member's suggestion,
-- and unique per meeting so a suggestion goes on the agenda once.
CREATE TABLE meeting_agenda_item (
    id CHAR(36) NOT NULL PRIMARY KEY,
    meeting_id CHAR(36) NOT NULL,
    sort_order INT NOT NULL,
    item_text VARCHAR(2000) NOT NULL,
    topic_id CHAR(36) NULL,
    added_by VARCHAR(80) NOT NULL,
    added_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_meeting_agenda_item_topic UNIQUE (meeting_id, topic_id),
    CONSTRAINT fk_meeting_agenda_item_agenda FOREIGN KEY (meeting_id) REFERENCES meeting_agenda (meeting_id),
    CONSTRAINT fk_meeting_agenda_item_topic FOREIGN KEY (topic_id) REFERENCES meeting_topic (id)
);

-- Who came to a meeting, as the coordinator marked it: one row per member, changed in place.
CREATE TABLE meeting_attendance (
    meeting_id CHAR(36) NOT NULL,
    participant_id CHAR(36) NOT NULL,
    status VARCHAR(20) NOT NULL,
    recorded_by VARCHAR(80) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (meeting_id, participant_id),
    CONSTRAINT fk_meeting_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
