-- When a forum's members are reminded of its meetings: whole days before each meeting (up to three,
-- comma-separated, largest first; empty for none) at a London local time. Coordinators change them.
ALTER TABLE forum ADD COLUMN reminder_days VARCHAR(20) NOT NULL DEFAULT '7,1';
ALTER TABLE forum ADD COLUMN reminder_time TIME NOT NULL DEFAULT '10:00:00';
