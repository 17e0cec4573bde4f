-- Thank-you vouchers: one per attended meeting, signed off by a second person, paid from the
-- budget of the right financial year and sponsor, delivered safely, and confirmed by the person.
-- Amounts are whole pence. A financial year is named by the year it starts: 2026 is
-- 1 April 2026 to 31 March 2027, London time.

-- Who pays. The City of London's contribution is capped each year (an admin sets the cap);
-- MOPAC has no cap of its own beyond the budgets allotted to it.
CREATE TABLE voucher_sponsor (
    code VARCHAR(20) NOT NULL PRIMARY KEY,
    sort_order INT NOT NULL,
    -- Null: no cap. Budgets allotted to this sponsor in one year may not add up to more.
    annual_cap_pence BIGINT NULL,
    updated_by VARCHAR(60) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version INT NOT NULL DEFAULT 0
);

INSERT INTO voucher_sponsor (code, sort_order, annual_cap_pence, updated_by, updated_at) VALUES
    ('MOPAC', 1, NULL, 'system', '2026-12-07 00:00:00'),
    ('CITY_OF_LONDON', 2, 2500000, 'system', '2026-12-07 00:00:00');

-- Per forum: what one attended meeting is worth and who pays for it. A forum with no row gives
-- the default value (portal.vouchers.default-value-pence, £25) from MOPAC.
CREATE TABLE voucher_forum_rule (
    forum_code VARCHAR(40) NOT NULL PRIMARY KEY,
    value_pence INT NOT NULL,
    sponsor VARCHAR(20) NOT NULL,
    updated_by VARCHAR(60) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_voucher_forum_rule_forum FOREIGN KEY (forum_code) REFERENCES forum (code),
    CONSTRAINT fk_voucher_forum_rule_sponsor FOREIGN KEY (sponsor) REFERENCES voucher_sponsor (code)
);

-- One row for each financial year and sponsor that has a budget. It holds no amount (amounts are
-- only in the ledger): it is the row every spending transaction locks (SELECT ... FOR UPDATE)
-- before it adds up the ledger, so two approvers at once cannot both spend the last pounds.
CREATE TABLE voucher_budget (
    financial_year INT NOT NULL,
    sponsor VARCHAR(20) NOT NULL,
    created_by VARCHAR(60) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (financial_year, sponsor),
    CONSTRAINT fk_voucher_budget_sponsor FOREIGN KEY (sponsor) REFERENCES voucher_sponsor (code)
);

-- The ledger. Rows are only ever added: the application has no statement that updates or deletes
-- one. A mistake is put right by a reversing entry (reverses_id, the opposite amount), and an
-- entry can be reversed once. Every total is the sum of entries:
--   budget    = sum of BUDGET entries      (money allotted by an admin)
--   allowance = sum of OVERRIDE entries    (an admin's recorded permission to go beyond it)
--   spent     = sum of SPENT entries       (vouchers signed off; a withdrawn one is reversed)
CREATE TABLE voucher_ledger (
    id CHAR(36) NOT NULL PRIMARY KEY,
    financial_year INT NOT NULL,
    sponsor VARCHAR(20) NOT NULL,
    account VARCHAR(10) NOT NULL,
    amount_pence BIGINT NOT NULL,
    voucher_id CHAR(36) NULL,
    reverses_id CHAR(36) NULL,
    -- Makes a repeat impossible: 'spent:<voucher id>' for a voucher's charge, 'reverses:<entry id>'.
    entry_key VARCHAR(80) NULL,
    reason VARCHAR(500) NOT NULL,
    recorded_by VARCHAR(60) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_voucher_ledger_key UNIQUE (entry_key),
    CONSTRAINT uq_voucher_ledger_reverses UNIQUE (reverses_id),
    CONSTRAINT fk_voucher_ledger_budget FOREIGN KEY (financial_year, sponsor)
        REFERENCES voucher_budget (financial_year, sponsor),
    CONSTRAINT fk_voucher_ledger_reverses FOREIGN KEY (reverses_id) REFERENCES voucher_ledger (id)
);

CREATE INDEX ix_voucher_ledger_year ON voucher_ledger (financial_year, sponsor, account);
CREATE INDEX ix_voucher_ledger_voucher ON voucher_ledger (voucher_id);

-- A voucher for one person's attendance at one meeting: never two (the unique key), whatever
-- retries or double clicks happen. Status: REQUESTED -> APPROVED -> ISSUED -> CONFIRMED, or
-- WITHDRAWN (attendance corrected before it was issued). requested_by is whoever recorded the
-- attendance: they can never sign it off.
CREATE TABLE voucher (
    id CHAR(36) NOT NULL PRIMARY KEY,
    meeting_id CHAR(36) NOT NULL,
    participant_id CHAR(36) NOT NULL,
    forum_code VARCHAR(40) NOT NULL,
    -- The meeting's London day: it decides the financial year.
    meeting_day DATE NOT NULL,
    financial_year INT NOT NULL,
    sponsor VARCHAR(20) NOT NULL,
    value_pence INT NOT NULL,
    status VARCHAR(20) NOT NULL,
    requested_by VARCHAR(60) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    approved_by VARCHAR(60) NULL,
    approved_at DATETIME(6) NULL,
    -- CODE (an e-voucher code sent through the person's safe channel) or IN_PERSON (a card).
    delivery VARCHAR(12) NULL,
    issued_by VARCHAR(60) NULL,
    issued_at DATETIME(6) NULL,
    confirmed_at DATETIME(6) NULL,
    -- PORTAL or SMS
    confirmed_via VARCHAR(10) NULL,
    reminded_at DATETIME(6) NULL,
    flagged_at DATETIME(6) NULL,
    withdrawn_by VARCHAR(60) NULL,
    withdrawn_at DATETIME(6) NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT uq_voucher_attendance UNIQUE (meeting_id, participant_id),
    CONSTRAINT fk_voucher_sponsor FOREIGN KEY (sponsor) REFERENCES voucher_sponsor (code)
);

CREATE INDEX ix_voucher_status ON voucher (status, issued_at);
CREATE INDEX ix_voucher_participant ON voucher (participant_id, status);
CREATE INDEX ix_voucher_year ON voucher (financial_year, sponsor, forum_code);

-- A supplier's file of e-voucher codes as loaded: whole or not at all.
CREATE TABLE voucher_code_batch (
    id CHAR(36) NOT NULL PRIMARY KEY,
    file_name VARCHAR(200) NOT NULL,
    row_count INT NOT NULL,
    loaded_by VARCHAR(60) NOT NULL,
    loaded_at DATETIME(6) NOT NULL
);

-- One e-voucher code. The code itself is sealed (AES-256-GCM under PORTAL_DATA_KEY, bound to this
-- column and row); code_hash is a keyed fingerprint so the same code is refused in any later file
-- without keeping it in clear; code_hint (its last 4 characters) is all staff ever see. A code
-- goes to at most one voucher and a voucher gets at most one code (both unique).
CREATE TABLE voucher_code (
    id CHAR(36) NOT NULL PRIMARY KEY,
    batch_id CHAR(36) NOT NULL,
    code_hash CHAR(64) NOT NULL,
    code_sealed VARBINARY(200) NOT NULL,
    code_hint VARCHAR(8) NOT NULL,
    value_pence INT NOT NULL,
    expires_on DATE NULL,
    voucher_id CHAR(36) NULL,
    assigned_at DATETIME(6) NULL,
    CONSTRAINT uq_voucher_code_hash UNIQUE (code_hash),
    CONSTRAINT uq_voucher_code_voucher UNIQUE (voucher_id),
    CONSTRAINT fk_voucher_code_batch FOREIGN KEY (batch_id) REFERENCES voucher_code_batch (id),
    CONSTRAINT fk_voucher_code_voucher FOREIGN KEY (voucher_id) REFERENCES voucher (id)
);

CREATE INDEX ix_voucher_code_free ON voucher_code (value_pence, voucher_id, expires_on);

-- Every look at or export of voucher data by staff, and who did it. Only ever added to.
CREATE TABLE voucher_access_audit (
    id CHAR(36) NOT NULL PRIMARY KEY,
    staff_username VARCHAR(60) NOT NULL,
    action VARCHAR(30) NOT NULL,
    -- What was looked at: 'meeting:<id>', 'reconciliation:2026/MOPAC', ...
    subject VARCHAR(120) NOT NULL,
    accessed_at DATETIME(6) NOT NULL
);

CREATE INDEX ix_voucher_access_audit_time ON voucher_access_audit (accessed_at);
