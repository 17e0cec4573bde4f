-- The six Victim Voice Forums are reference data, present in every environment.
CREATE TABLE forum (
    code VARCHAR(40) NOT NULL PRIMARY KEY,
    sort_order INT NOT NULL,
    capacity INT NOT NULL DEFAULT 12,
    accepting_members BOOLEAN NOT NULL DEFAULT TRUE
);

INSERT INTO forum (code, sort_order, capacity, accepting_members) VALUES
    ('open', 1, 12, TRUE),
    ('black-communities', 2, 12, TRUE),
    ('women-and-girls', 3, 12, TRUE),
    ('disabilities', 4, 12, TRUE),
    ('lgbtq', 5, 12, TRUE),
    ('parents-guardians', 6, 12, TRUE);
