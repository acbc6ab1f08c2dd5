-- Kohtaamo schema version 7: the office service's workflow records (docs/architecture.md, "Office service").
--
-- Who did it: the audit log names the acting coordinator's record as well as the login.
ALTER TABLE audit_log ADD COLUMN actor_id BIGINT REFERENCES coordinators(id);

-- An invitation's story: every answer, withdrawal and renewed invitation, so that changing an answer never erases the
-- earlier one (or its decline reason).
CREATE TABLE invitation_events (
    id {{ID}},
    invitation_id BIGINT NOT NULL REFERENCES invitations(id),
    at {{TIMESTAMP}} NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('invited', 'answered', 'withdrawn', 'invited_again', 'reserve', 'joined_team')),
    response TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    coordinator_id BIGINT REFERENCES coordinators(id),
    actor TEXT NOT NULL DEFAULT ''
);
CREATE INDEX invitation_events_invitation ON invitation_events(invitation_id);

-- An accepted invitation kept in reserve: the worker said yes after the team was full.
ALTER TABLE invitations ADD COLUMN reserve BOOLEAN NOT NULL DEFAULT FALSE;

-- Workers to be told of a change of time or a cancellation (the e-mail feature sends these; until then the
-- coordinator marks them done).
CREATE TABLE change_notices (
    id {{ID}},
    request_id BIGINT NOT NULL REFERENCES requests(id),
    worker_id BIGINT NOT NULL REFERENCES workers(id),
    kind TEXT NOT NULL CHECK (kind IN ('rescheduled', 'cancelled')),
    created_at {{TIMESTAMP}} NOT NULL,
    created_by BIGINT REFERENCES coordinators(id),
    done_at {{TIMESTAMP}}
);
CREATE INDEX change_notices_request ON change_notices(request_id);
CREATE INDEX change_notices_open ON change_notices(done_at, request_id);

-- Work that will never happen never weighs on a worker: before this version cancelling a request left its engagements
-- planned and its invitations open.
UPDATE engagements SET attendance = 'cancelled', version = version + 1
    WHERE attendance = 'planned' AND request_id IN (SELECT id FROM requests WHERE status = 'cancelled');
UPDATE invitations SET response = 'withdrawn', version = version + 1
    WHERE response IN ('pending', 'accepted') AND request_id IN (SELECT id FROM requests WHERE status = 'cancelled');
