-- Staff usernames may have 80 characters (staff_account.username); V21 gave the voucher tables'
-- "who" columns 60, so a longer name would have failed to record its sign-off or ledger entry.
ALTER TABLE voucher_sponsor MODIFY COLUMN updated_by VARCHAR(80) NOT NULL;
ALTER TABLE voucher_forum_rule MODIFY COLUMN updated_by VARCHAR(80) NOT NULL;
ALTER TABLE voucher_budget MODIFY COLUMN created_by VARCHAR(80) NOT NULL;
ALTER TABLE voucher_ledger MODIFY COLUMN recorded_by VARCHAR(80) NOT NULL;
ALTER TABLE voucher MODIFY COLUMN requested_by VARCHAR(80) NOT NULL;
ALTER TABLE voucher MODIFY COLUMN approved_by VARCHAR(80) NULL;
ALTER TABLE voucher MODIFY COLUMN issued_by VARCHAR(80) NULL;
ALTER TABLE voucher MODIFY COLUMN withdrawn_by VARCHAR(80) NULL;
ALTER TABLE voucher_code_batch MODIFY COLUMN loaded_by VARCHAR(80) NOT NULL;
ALTER TABLE voucher_access_audit MODIFY COLUMN staff_username VARCHAR(80) NOT NULL;
