-- What coordinators write about a forum for participants; NULL shows the standard description.
ALTER TABLE forum ADD COLUMN description VARCHAR(2000) NULL;

-- Which coordinators look after which forums. A coordinator manages only these; admins manage all.
-- staff_username, not the account id: the same name Spring Security gives the signed-in person.
CREATE TABLE forum_coordinator (
    forum_code VARCHAR(40) NOT NULL,
    staff_username VARCHAR(80) NOT NULL,
    PRIMARY KEY (forum_code, staff_username),
    CONSTRAINT fk_forum_coordinator_forum FOREIGN KEY (forum_code) REFERENCES forum (code)
);

CREATE INDEX ix_forum_coordinator_staff ON forum_coordinator (staff_username);
