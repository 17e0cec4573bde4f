-- A place offered to the next person on a forum's waiting list, open for a set time (72 hours by
-- default). The request stays on the waiting list until the offer is accepted, so declining or
-- letting it lapse keeps the person waiting. OPEN until ACCEPTED, DECLINED, EXPIRED or WITHDRAWN
-- (the place went: the capacity was lowered, the forum closed, or they left the waiting list).
CREATE TABLE place_offer (
    id CHAR(36) NOT NULL PRIMARY KEY,
    forum_request_id CHAR(36) NOT NULL,
    participant_id CHAR(36) NOT NULL,
    forum_code VARCHAR(40) NOT NULL,
    status VARCHAR(20) NOT NULL,
    offered_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    ended_at DATETIME(6) NULL,
    CONSTRAINT fk_place_offer_request FOREIGN KEY (forum_request_id) REFERENCES forum_request (id),
    CONSTRAINT fk_place_offer_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_place_offer_forum FOREIGN KEY (forum_code) REFERENCES forum (code)
);

CREATE INDEX ix_place_offer_forum ON place_offer (forum_code, status);
CREATE INDEX ix_place_offer_participant ON place_offer (participant_id, status);
