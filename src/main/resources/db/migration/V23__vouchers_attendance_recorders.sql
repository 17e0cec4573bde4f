-- Everyone who recorded or changed a member's attendance at a meeting, as the vouchers module
-- heard it. Four eyes: none of them may sign off the voucher for that attendance, not only the
-- person whose mark raised the request (voucher.requested_by). Only ever added to.
CREATE TABLE voucher_recorder (
    meeting_id CHAR(36) NOT NULL,
    participant_id CHAR(36) NOT NULL,
    staff_username VARCHAR(80) NOT NULL,
    PRIMARY KEY (meeting_id, participant_id, staff_username)
);
