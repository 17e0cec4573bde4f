-- Anonymous voice between meetings: questions, answers no one can trace, moderation, sign-off,
-- insight, "you said, we did" and consultations.
--
-- The rule that shapes this schema: nothing may join an answer to the person who wrote it.
-- voice_answered records only that a person answered a question (so nobody answers twice and
-- only people who have not answered get the closing reminder); voice_answer holds the answer
-- with no person, session, address, agent or precise time (the day only), a random id, and a
-- keyed hash of the receipt code the person was shown. Both tables carry a "mix" value that the
-- answering transaction sets to one new random number on every row of the question, so the
-- rows of a question look alike even to someone reading the storage engine's row headers.

-- A consultation: a set of questions for the wider pool (people who said they would like to be
-- asked), e.g. on the Police and Crime Plan.
CREATE TABLE voice_consultation (
    id CHAR(36) NOT NULL PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(6) NOT NULL
);

CREATE TABLE voice_question (
    id CHAR(36) NOT NULL PRIMARY KEY,
    -- Set when the question belongs to a consultation; then it has no forums.
    consultation_id CHAR(36) NULL,
    title VARCHAR(200) NOT NULL,
    prompt VARCHAR(2000) NOT NULL,
    guidance VARCHAR(1000) NOT NULL,
    -- Optional parts beside the free text: a multiple choice (options one per line) and a 1-5 scale.
    choice_prompt VARCHAR(500) NULL,
    choice_options VARCHAR(2000) NULL,
    scale_prompt VARCHAR(500) NULL,
    opens_at DATETIME(6) NOT NULL,
    closes_at DATETIME(6) NOT NULL,
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    -- Notices: set by the sweep that queued them, so a second sweep or node never queues twice.
    opening_notice_at DATETIME(6) NULL,
    closing_reminder_at DATETIME(6) NULL,
    -- Moderation of the question's answers as one batch: open, submitted, signed-off, returned.
    moderation VARCHAR(20) NOT NULL DEFAULT 'open',
    submitted_by VARCHAR(60) NULL,
    submitted_at DATETIME(6) NULL,
    signed_off_by VARCHAR(60) NULL,
    signed_off_at DATETIME(6) NULL,
    returned_reason VARCHAR(1000) NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_voice_question_consultation FOREIGN KEY (consultation_id) REFERENCES voice_consultation (id)
);

CREATE INDEX ix_voice_question_opens ON voice_question (opens_at);
CREATE INDEX ix_voice_question_consultation ON voice_question (consultation_id);

CREATE TABLE voice_question_forum (
    question_id CHAR(36) NOT NULL,
    forum_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (question_id, forum_code),
    CONSTRAINT fk_voice_question_forum_question FOREIGN KEY (question_id) REFERENCES voice_question (id),
    CONSTRAINT fk_voice_question_forum_forum FOREIGN KEY (forum_code) REFERENCES forum (code)
);

-- "This person has answered this question" and nothing else: no time, no answer id.
CREATE TABLE voice_answered (
    question_id CHAR(36) NOT NULL,
    participant_id CHAR(36) NOT NULL,
    mix INT NOT NULL,
    PRIMARY KEY (question_id, participant_id),
    CONSTRAINT fk_voice_answered_question FOREIGN KEY (question_id) REFERENCES voice_question (id)
);

-- An answer. No column here may point at a person (VoiceSchemaTest keeps the column list fixed).
CREATE TABLE voice_answer (
    id CHAR(36) NOT NULL PRIMARY KEY,
    question_id CHAR(36) NOT NULL,
    answered_on DATE NOT NULL,
    -- The words as written; kept only until the batch is signed off, then blanked.
    answer_text VARCHAR(4000) NULL,
    -- The moderator's version with names, numbers and places taken out; the only text after sign-off.
    redacted_text VARCHAR(4000) NULL,
    choice VARCHAR(200) NULL,
    scale_value INT NULL,
    -- HMAC-SHA256 of the receipt code (hex); the code itself is shown once and never stored.
    receipt_hash CHAR(64) NOT NULL,
    -- Left out of the insight by the moderator (off-topic, or identifying beyond redaction).
    left_out BOOLEAN NOT NULL DEFAULT FALSE,
    insight_id CHAR(36) NULL,
    mix INT NOT NULL,
    CONSTRAINT uk_voice_answer_receipt UNIQUE (receipt_hash),
    CONSTRAINT fk_voice_answer_question FOREIGN KEY (question_id) REFERENCES voice_question (id)
);

CREATE INDEX ix_voice_answer_question ON voice_answer (question_id);

CREATE TABLE voice_answer_theme (
    answer_id CHAR(36) NOT NULL,
    theme VARCHAR(60) NOT NULL,
    PRIMARY KEY (answer_id, theme),
    CONSTRAINT fk_voice_answer_theme_answer FOREIGN KEY (answer_id) REFERENCES voice_answer (id)
);

-- What a group of answers says, written by the moderator; seen by partners once signed off.
CREATE TABLE voice_insight (
    id CHAR(36) NOT NULL PRIMARY KEY,
    question_id CHAR(36) NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(4000) NOT NULL,
    theme VARCHAR(60) NOT NULL,
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_voice_insight_question FOREIGN KEY (question_id) REFERENCES voice_question (id)
);

CREATE INDEX ix_voice_insight_question ON voice_insight (question_id);

-- Every staff step on a question's batch (redact, tag, group, submit), so that sign-off can
-- refuse anyone who took part in moderating it.
CREATE TABLE voice_moderation_step (
    id CHAR(36) NOT NULL PRIMARY KEY,
    question_id CHAR(36) NOT NULL,
    staff_username VARCHAR(60) NOT NULL,
    action VARCHAR(30) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_voice_moderation_step_question FOREIGN KEY (question_id) REFERENCES voice_question (id)
);

CREATE INDEX ix_voice_moderation_step_question ON voice_moderation_step (question_id);

-- "You said, we did": what was said, what will be done, by whom, and where it stands.
CREATE TABLE voice_action (
    id CHAR(36) NOT NULL PRIMARY KEY,
    said VARCHAR(2000) NOT NULL,
    will_do VARCHAR(2000) NOT NULL,
    owner VARCHAR(30) NOT NULL,
    status VARCHAR(20) NOT NULL,
    -- Required when the status is not-possible.
    status_reason VARCHAR(2000) NULL,
    due_on DATE NULL,
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version INT NOT NULL DEFAULT 0
);

CREATE TABLE voice_action_forum (
    action_id CHAR(36) NOT NULL,
    forum_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (action_id, forum_code),
    CONSTRAINT fk_voice_action_forum_action FOREIGN KEY (action_id) REFERENCES voice_action (id),
    CONSTRAINT fk_voice_action_forum_forum FOREIGN KEY (forum_code) REFERENCES forum (code)
);

CREATE TABLE voice_action_insight (
    action_id CHAR(36) NOT NULL,
    insight_id CHAR(36) NOT NULL,
    PRIMARY KEY (action_id, insight_id),
    CONSTRAINT fk_voice_action_insight_action FOREIGN KEY (action_id) REFERENCES voice_action (id),
    CONSTRAINT fk_voice_action_insight_insight FOREIGN KEY (insight_id) REFERENCES voice_insight (id)
);

-- Each change of an entry's status, kept (never edited) so members can see the story.
CREATE TABLE voice_action_update (
    id CHAR(36) NOT NULL PRIMARY KEY,
    action_id CHAR(36) NOT NULL,
    status VARCHAR(20) NOT NULL,
    note VARCHAR(2000) NULL,
    staff_username VARCHAR(60) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_voice_action_update_action FOREIGN KEY (action_id) REFERENCES voice_action (id)
);

CREATE INDEX ix_voice_action_update_action ON voice_action_update (action_id, recorded_at);

-- What a participant asked to hear about: consultations (the wider pool) and "we did" changes.
CREATE TABLE voice_subscription (
    participant_id CHAR(36) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    since DATETIME(6) NOT NULL,
    PRIMARY KEY (participant_id, kind)
);
