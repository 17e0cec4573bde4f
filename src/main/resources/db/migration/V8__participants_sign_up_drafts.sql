-- A half-finished sign-up, kept once the person has proved their phone or email so that they can
-- sign in and carry on (for 7 days after the last change, then deleted). Found by the same keyed
-- contact hash as participant_contact; the answers are one AES-GCM sealed blob under
-- PORTAL_DATA_KEY. Equality answers are never part of it: they must not sit beside an identity.
CREATE TABLE sign_up_draft (
    id CHAR(36) NOT NULL PRIMARY KEY,
    contact_hash VARCHAR(64) NOT NULL,
    answers VARBINARY(32000) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_sign_up_draft_contact_hash UNIQUE (contact_hash)
);

CREATE INDEX ix_sign_up_draft_updated_at ON sign_up_draft (updated_at);
