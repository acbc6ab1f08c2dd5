-- Kohtaamo schema version 9: the office's time zone (an IANA id such as Europe/Helsinki). Meeting times are stored as
-- instants; the office's zone decides their day, their part of the day (morning, afternoon, evening), "today" and
-- ages, whatever zone the coordinator's machine runs on.
ALTER TABLE office_settings ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'Europe/Helsinki';
