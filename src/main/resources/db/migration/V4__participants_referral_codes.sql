-- Partner referral links (/join?ref=CODE) pre-fill where a sign-up came from.
CREATE TABLE referral_code (
    code VARCHAR(40) NOT NULL PRIMARY KEY,
    partner_name VARCHAR(120) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL
);
