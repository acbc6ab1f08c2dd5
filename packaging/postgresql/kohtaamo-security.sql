-- Kohtaamo on a shared PostgreSQL database: group roles, privileges, row-level security, append-only audit log.
-- docs/shared-database.md says when and how to run it. `kohtaamo-cli --db URL admin init-postgres` runs exactly this
-- script (it is compiled into Kohtaamo); a database administrator may instead run it with
--     psql -v ON_ERROR_STOP=1 -d kohtaamo -f kohtaamo-security.sql
-- as the owner of Kohtaamo's tables (the login that created them), after Kohtaamo has created or upgraded them.
-- Running it again is harmless: it replaces its functions, grants and policies. Run it again after every upgrade of
-- Kohtaamo, so that tables added by the upgrade get their grants and policies.
--
-- Roles (NOLOGIN groups; each coordinator is a LOGIN role in one of them, made by `admin add-coordinator`):
--   kohtaamo_viewer       reads what row-level security shows it, changes nothing
--   kohtaamo_coordinator  reads and changes the workers, consents, experiences and engagements of its own
--                         organisation(s), and the requests whose scope includes them
--   kohtaamo_admin        reads and changes everything; the catalogue, settings and coordinators are admins' only
-- A coordinator's organisation is the organisation of the row in `coordinators` whose username is the login name.
-- The owner of the tables (and a superuser) is not subject to row-level security: keep that login for the
-- administrator and for upgrades, never for daily work.
--
-- Statements end with a semicolon at the end of a line; function bodies are dollar-quoted.

DO $$
BEGIN
    CREATE ROLE kohtaamo_viewer NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$
BEGIN
    CREATE ROLE kohtaamo_coordinator NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$
BEGIN
    CREATE ROLE kohtaamo_admin NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

-- Who may do what: privileges. Everything is revoked first, so that running the script again gives exactly this.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['kohtaamo_viewer', 'kohtaamo_coordinator', 'kohtaamo_admin', 'public'] LOOP
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %s', current_schema(), r);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %s', current_schema(), r);
    END LOOP;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO kohtaamo_viewer, kohtaamo_coordinator, kohtaamo_admin',
                   current_schema());
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO kohtaamo_viewer, kohtaamo_coordinator, kohtaamo_admin',
                   current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO kohtaamo_coordinator, kohtaamo_admin',
                   current_schema());
    -- Admins change everything but the audit log, which they may only append to and (to erase a person's values)
    -- update; nobody but the owner deletes from it.
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO kohtaamo_admin', current_schema());
END $$;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log FROM kohtaamo_admin;
GRANT INSERT, UPDATE ON audit_log TO kohtaamo_admin;
REVOKE INSERT, UPDATE, DELETE ON kohtaamo_meta FROM kohtaamo_admin;
GRANT UPDATE ON kohtaamo_meta TO kohtaamo_admin;
-- Coordinators do the daily work: workers and their records, requests and their workflow, messages.
GRANT INSERT, UPDATE, DELETE ON workers, worker_languages, worker_regions, worker_experiences, worker_service_types,
    worker_unavailability, consents, requests, request_topics, request_date_options, request_organisations,
    request_status_history, invitations, invitation_events, engagements, change_notices, meeting_outcomes,
    knowledge_entries, knowledge_entry_topics, outbox_messages, group_meeting_rhythm TO kohtaamo_coordinator;
GRANT INSERT, UPDATE ON reference_counters TO kohtaamo_coordinator;
-- Every change writes an audit entry and moves the chain's head (kohtaamo_meta, key audit_chain_head).
GRANT INSERT ON audit_log TO kohtaamo_coordinator;
GRANT UPDATE ON kohtaamo_meta TO kohtaamo_coordinator;
-- A viewer changes nothing, but an export or print they make is logged (docs/data-protection.md, "Reads that are
-- logged"): they append to the audit log and move its head, nothing else.
GRANT INSERT ON audit_log TO kohtaamo_viewer;
GRANT UPDATE ON kohtaamo_meta TO kohtaamo_viewer;

-- Which rows: helper functions. SECURITY DEFINER, so that they read past row-level security (a policy of requests
-- that read request_organisations, whose own policy read requests, would recurse); they return only yes/no or
-- organisation ids. The login is passed in by the policies as current_user.
CREATE OR REPLACE FUNCTION kohtaamo_organisations_of(login name) RETURNS SETOF bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT organisation_id FROM coordinators
     WHERE username = login::text AND active AND organisation_id IS NOT NULL
$$;
CREATE OR REPLACE FUNCTION kohtaamo_is_admin(login name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT pg_has_role(login, 'kohtaamo_admin', 'MEMBER')
$$;
-- A request is visible to an organisation in its scope; a request with no organisation in its scope is the whole
-- office's (and a request being created has none yet).
CREATE OR REPLACE FUNCTION kohtaamo_request_visible(request bigint, login name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT NOT EXISTS (SELECT 1 FROM request_organisations ro WHERE ro.request_id = request)
        OR EXISTS (SELECT 1 FROM request_organisations ro
                    WHERE ro.request_id = request
                      AND ro.organisation_id IN (SELECT kohtaamo_organisations_of(login)))
$$;
-- The organisation runs the request: it is named in the request's scope.
CREATE OR REPLACE FUNCTION kohtaamo_request_runs(request bigint, login name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM request_organisations ro
                    WHERE ro.request_id = request
                      AND ro.organisation_id IN (SELECT kohtaamo_organisations_of(login)))
$$;
-- The worker belongs to one of the login's organisations.
CREATE OR REPLACE FUNCTION kohtaamo_worker_mine(worker bigint, login name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM workers w
                    WHERE w.id = worker AND w.organisation_id IN (SELECT kohtaamo_organisations_of(login)))
$$;
-- The worker is the login's organisation's, or accepted an invitation to a request that organisation runs.
CREATE OR REPLACE FUNCTION kohtaamo_worker_visible(worker bigint, login name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT kohtaamo_worker_mine(worker, login)
        OR EXISTS (SELECT 1 FROM invitations i
                    WHERE i.worker_id = worker AND i.response = 'accepted'
                      AND kohtaamo_request_runs(i.request_id, login))
$$;
REVOKE ALL ON FUNCTION kohtaamo_organisations_of(name), kohtaamo_is_admin(name), kohtaamo_request_visible(bigint, name),
    kohtaamo_request_runs(bigint, name), kohtaamo_worker_mine(bigint, name), kohtaamo_worker_visible(bigint, name)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kohtaamo_organisations_of(name), kohtaamo_is_admin(name),
    kohtaamo_request_visible(bigint, name), kohtaamo_request_runs(bigint, name), kohtaamo_worker_mine(bigint, name),
    kohtaamo_worker_visible(bigint, name) TO kohtaamo_viewer, kohtaamo_coordinator, kohtaamo_admin;

-- Policies: one for reading and one for changing each table with personal data, replaced on every run.
DO $$
DECLARE
    t text;
    p record;
BEGIN
    FOR p IN SELECT policyname, tablename FROM pg_policies
              WHERE schemaname = current_schema() AND policyname LIKE 'kohtaamo\_%' LOOP
        EXECUTE format('DROP POLICY %I ON %I', p.policyname, p.tablename);
    END LOOP;
    -- A worker's own table and the tables that hang from a worker.
    EXECUTE 'CREATE POLICY kohtaamo_read ON workers FOR SELECT USING (kohtaamo_is_admin(current_user)'
        || ' OR organisation_id IN (SELECT kohtaamo_organisations_of(current_user))'
        || ' OR kohtaamo_worker_visible(id, current_user))';
    EXECUTE 'CREATE POLICY kohtaamo_write ON workers FOR ALL USING (kohtaamo_is_admin(current_user)'
        || ' OR organisation_id IN (SELECT kohtaamo_organisations_of(current_user)))';
    FOREACH t IN ARRAY ARRAY['worker_languages', 'worker_regions', 'worker_experiences', 'worker_service_types',
                             'worker_unavailability', 'consents'] LOOP
        EXECUTE format('CREATE POLICY kohtaamo_read ON %I FOR SELECT USING (kohtaamo_is_admin(current_user)'
                       ' OR kohtaamo_worker_visible(worker_id, current_user))', t);
        EXECUTE format('CREATE POLICY kohtaamo_write ON %I FOR ALL USING (kohtaamo_is_admin(current_user)'
                       ' OR kohtaamo_worker_mine(worker_id, current_user))', t);
    END LOOP;
    -- A request and the tables that hang from a request.
    EXECUTE 'CREATE POLICY kohtaamo_read ON requests FOR SELECT USING (kohtaamo_is_admin(current_user)'
        || ' OR kohtaamo_request_visible(id, current_user))';
    EXECUTE 'CREATE POLICY kohtaamo_insert ON requests FOR INSERT WITH CHECK (true)';
    EXECUTE 'CREATE POLICY kohtaamo_update ON requests FOR UPDATE USING (kohtaamo_is_admin(current_user)'
        || ' OR kohtaamo_request_visible(id, current_user))';
    EXECUTE 'CREATE POLICY kohtaamo_delete ON requests FOR DELETE USING (kohtaamo_is_admin(current_user)'
        || ' OR kohtaamo_request_visible(id, current_user))';
    FOREACH t IN ARRAY ARRAY['request_topics', 'request_date_options', 'request_organisations',
                             'request_status_history', 'meeting_outcomes'] LOOP
        EXECUTE format('CREATE POLICY kohtaamo_all ON %I FOR ALL USING (kohtaamo_is_admin(current_user)'
                       ' OR kohtaamo_request_visible(request_id, current_user))', t);
    END LOOP;
    EXECUTE 'CREATE POLICY kohtaamo_all ON knowledge_entries FOR ALL USING (kohtaamo_is_admin(current_user)'
        || ' OR request_id IS NULL OR kohtaamo_request_visible(request_id, current_user))';
    EXECUTE 'CREATE POLICY kohtaamo_all ON knowledge_entry_topics FOR ALL USING (kohtaamo_is_admin(current_user)'
        || ' OR EXISTS (SELECT 1 FROM knowledge_entries k WHERE k.id = entry_id))';
    -- What joins a worker to a request: seen with the worker, changed by the worker's organisation or by the one that
    -- runs the request the worker works in.
    FOREACH t IN ARRAY ARRAY['invitations', 'engagements', 'change_notices'] LOOP
        EXECUTE format('CREATE POLICY kohtaamo_read ON %I FOR SELECT USING (kohtaamo_is_admin(current_user)'
                       ' OR kohtaamo_worker_visible(worker_id, current_user))', t);
        EXECUTE format('CREATE POLICY kohtaamo_write ON %I FOR ALL USING (kohtaamo_is_admin(current_user)'
                       ' OR kohtaamo_worker_mine(worker_id, current_user)'
                       ' OR (kohtaamo_request_runs(request_id, current_user)'
                       ' AND kohtaamo_worker_visible(worker_id, current_user)))', t);
    END LOOP;
    EXECUTE 'CREATE POLICY kohtaamo_all ON invitation_events FOR ALL USING (kohtaamo_is_admin(current_user)'
        || ' OR EXISTS (SELECT 1 FROM invitations i WHERE i.id = invitation_id))';
    EXECUTE 'CREATE POLICY kohtaamo_all ON outbox_messages FOR ALL USING (kohtaamo_is_admin(current_user)'
        || ' OR (worker_id IS NULL AND kohtaamo_request_visible(request_id, current_user))'
        || ' OR kohtaamo_worker_mine(worker_id, current_user)'
        || ' OR (kohtaamo_request_runs(request_id, current_user)'
        || ' AND kohtaamo_worker_visible(worker_id, current_user)))';
    -- The audit log: everyone appends; a coordinator reads the entries they wrote and those of the records they see.
    EXECUTE 'CREATE POLICY kohtaamo_append ON audit_log FOR INSERT WITH CHECK (true)';
    -- Admins' rows are all of them; their privileges allow an update (erasure), and the trigger below refuses a delete
    -- even if someone grants one.
    EXECUTE 'CREATE POLICY kohtaamo_admin ON audit_log FOR ALL USING (kohtaamo_is_admin(current_user))';
    EXECUTE 'CREATE POLICY kohtaamo_read ON audit_log FOR SELECT USING (kohtaamo_is_admin(current_user)'
        || ' OR actor = current_user::text'
        || ' OR table_name NOT IN (''workers'', ''consents'', ''requests'', ''invitations'', ''engagements'','
        || ' ''meeting_outcomes'', ''knowledge_entries'', ''outbox_messages'', ''change_notices'')'
        || ' OR (table_name = ''workers'' AND kohtaamo_worker_visible(record_id, current_user))'
        || ' OR (table_name = ''requests'' AND kohtaamo_request_visible(record_id, current_user))'
        || ' OR (table_name = ''consents'' AND EXISTS (SELECT 1 FROM consents c WHERE c.id = record_id))'
        || ' OR (table_name = ''invitations'' AND EXISTS (SELECT 1 FROM invitations i WHERE i.id = record_id))'
        || ' OR (table_name = ''engagements'' AND EXISTS (SELECT 1 FROM engagements e WHERE e.id = record_id)))';
    -- kohtaamo_meta: everyone reads it; only the audit chain's head moves (never the schema version).
    EXECUTE 'CREATE POLICY kohtaamo_read ON kohtaamo_meta FOR SELECT USING (true)';
    EXECUTE 'CREATE POLICY kohtaamo_chain_head ON kohtaamo_meta FOR UPDATE USING (key = ''audit_chain_head'')'
        || ' WITH CHECK (key = ''audit_chain_head'')';
    FOREACH t IN ARRAY ARRAY['workers', 'worker_languages', 'worker_regions', 'worker_experiences',
                             'worker_service_types', 'worker_unavailability', 'consents', 'requests',
                             'request_topics', 'request_date_options', 'request_organisations',
                             'request_status_history', 'meeting_outcomes', 'knowledge_entries',
                             'knowledge_entry_topics', 'invitations', 'engagements', 'change_notices',
                             'invitation_events', 'outbox_messages', 'audit_log', 'kohtaamo_meta'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    END LOOP;
END $$;

-- The audit log is append-only: beside the privileges, a trigger refuses to change or remove an entry to anyone but
-- the owner of the table and, for an update (erasing a person's values), an admin.
CREATE OR REPLACE FUNCTION kohtaamo_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
       OR (TG_OP = 'UPDATE' AND pg_has_role(current_user, 'kohtaamo_admin', 'MEMBER')) THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'The audit log is append-only: % refused for %.', TG_OP, current_user
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE OR REPLACE TRIGGER kohtaamo_audit_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION kohtaamo_audit_append_only();
CREATE OR REPLACE TRIGGER kohtaamo_audit_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION kohtaamo_audit_append_only();

-- A coordinator's login: made by `kohtaamo-cli admin add-coordinator` (which also writes the coordinators row), or by
-- hand: SELECT kohtaamo_create_login('anna', 'a password', 'kohtaamo_coordinator'). Runs as the caller, who needs
-- CREATEROLE. The password reaches the server in this statement: connect with TLS and keep statement logging off.
CREATE OR REPLACE FUNCTION kohtaamo_create_login(login text, password text, grp text) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    g text;
BEGIN
    IF grp NOT IN ('kohtaamo_viewer', 'kohtaamo_coordinator', 'kohtaamo_admin') THEN
        RAISE EXCEPTION 'No such Kohtaamo group role: %', grp USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login !~ '^[a-z_][a-z0-9_.-]{0,62}$' THEN
        RAISE EXCEPTION 'Not a valid login name: %', login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', login, password);
    ELSE
        EXECUTE format('CREATE ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', login, password);
    END IF;
    FOREACH g IN ARRAY ARRAY['kohtaamo_viewer', 'kohtaamo_coordinator', 'kohtaamo_admin'] LOOP
        IF g <> grp AND pg_has_role(login, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', grp, login);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), login);
END $$;
REVOKE ALL ON FUNCTION kohtaamo_create_login(text, text, text) FROM PUBLIC;
