-- Kohtaamo schema version 18: retention rules (docs/data-protection.md, Retention). The office's settings hold two
-- periods in whole years, 0 = off: erase the workers who left more than N years ago (2 unless the office sets
-- otherwise), and prune the personal values out of audit entries older than N years (5). Nothing is erased or pruned
-- without an admin's confirmation on Today or with `kohtaamo-cli retention --apply --yes`.
-- A worker's record now says since when they have been Left (`left_on`, the office's date on which the status became
-- Left; empty while they are active or on a break). For workers who left before this version the day is not known:
-- the day their record was last changed stands in for it, which is on or after the day they left, so retention never
-- comes earlier than it should. `audit_pruned_before`: the audit entries before this instant were pruned by the last
-- retention run, so that Today looks only at the entries after it.
ALTER TABLE office_settings ADD COLUMN retention_left_years INTEGER NOT NULL DEFAULT 2 CHECK (retention_left_years >= 0 AND retention_left_years <= 100);
ALTER TABLE office_settings ADD COLUMN retention_audit_years INTEGER NOT NULL DEFAULT 5 CHECK (retention_audit_years >= 0 AND retention_audit_years <= 100);
ALTER TABLE workers ADD COLUMN left_on DATE;
--@sqlite UPDATE workers SET left_on = substr(COALESCE(updated_at, created_at), 1, 10) WHERE status = 'left';
--@postgresql UPDATE workers SET left_on = CAST(COALESCE(updated_at, created_at) AS DATE) WHERE status = 'left';
ALTER TABLE office_settings ADD COLUMN audit_pruned_before {{TIMESTAMP}};
CREATE INDEX workers_left_on ON workers(left_on) WHERE status = 'left';
