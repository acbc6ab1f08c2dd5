-- Kohtaamo schema version 15: request references ("2026-0042") are numbered from a counter per year, not from the
-- highest reference the coordinator can read. On a shared PostgreSQL database with row-level security
-- (docs/shared-database.md) a coordinator sees only the requests of their organisation, so a scan of the visible rows
-- would hand out a number another organisation already has. The counter row is taken with INSERT … ON CONFLICT DO
-- UPDATE … RETURNING in the request's own transaction: on PostgreSQL its row lock makes a second coordinator wait for
-- the first to commit, on SQLite the writer has the file to itself. A trigger moves the counter on whenever a
-- numbered reference is written by any other path (a reference typed in, an import, the demo), so a later number is
-- never one that is taken. One counter a year (scope "request-2026"), because the numbers start again every year;
-- a PostgreSQL SEQUENCE cannot restart per year without DDL, and its numbers would leave gaps on every rollback.
CREATE TABLE reference_counters (
    scope VARCHAR(32) PRIMARY KEY,
    last_number BIGINT NOT NULL DEFAULT 0 CHECK (last_number >= 0)
);
--@sqlite INSERT INTO reference_counters (scope, last_number) SELECT 'request-' || substr(reference, 1, 4), MAX(CAST(substr(reference, 6) AS INTEGER)) FROM requests WHERE reference GLOB '[0-9][0-9][0-9][0-9]-[0-9]*' AND substr(reference, 6) NOT GLOB '*[^0-9]*' AND length(reference) <= 14 GROUP BY substr(reference, 1, 4);
--@sqlite CREATE TRIGGER requests_reference_counter_insert AFTER INSERT ON requests WHEN new.reference GLOB '[0-9][0-9][0-9][0-9]-[0-9]*' AND substr(new.reference, 6) NOT GLOB '*[^0-9]*' AND length(new.reference) <= 14 BEGIN INSERT INTO reference_counters (scope, last_number) VALUES ('request-' || substr(new.reference, 1, 4), CAST(substr(new.reference, 6) AS INTEGER)) ON CONFLICT (scope) DO UPDATE SET last_number = max(last_number, excluded.last_number); END;
--@sqlite CREATE TRIGGER requests_reference_counter_update AFTER UPDATE OF reference ON requests WHEN new.reference GLOB '[0-9][0-9][0-9][0-9]-[0-9]*' AND substr(new.reference, 6) NOT GLOB '*[^0-9]*' AND length(new.reference) <= 14 BEGIN INSERT INTO reference_counters (scope, last_number) VALUES ('request-' || substr(new.reference, 1, 4), CAST(substr(new.reference, 6) AS INTEGER)) ON CONFLICT (scope) DO UPDATE SET last_number = max(last_number, excluded.last_number); END;
--@postgresql INSERT INTO reference_counters (scope, last_number) SELECT 'request-' || substr(reference, 1, 4), MAX(CAST(substr(reference, 6) AS BIGINT)) FROM requests WHERE reference ~ '^[0-9]{4}-[0-9]{1,9}$' GROUP BY substr(reference, 1, 4);
--@postgresql CREATE FUNCTION kohtaamo_count_reference() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.reference ~ '^[0-9]{4}-[0-9]{1,9}$' THEN INSERT INTO reference_counters (scope, last_number) VALUES ('request-' || substr(NEW.reference, 1, 4), CAST(substr(NEW.reference, 6) AS BIGINT)) ON CONFLICT (scope) DO UPDATE SET last_number = GREATEST(reference_counters.last_number, EXCLUDED.last_number); END IF; RETURN NULL; END $$;
--@postgresql CREATE TRIGGER requests_reference_counter AFTER INSERT OR UPDATE OF reference ON requests FOR EACH ROW EXECUTE FUNCTION kohtaamo_count_reference();
