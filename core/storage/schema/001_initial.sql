-- Kohtaamo schema version 1: the whole domain model.
-- Placeholders replaced by Dialect: {{ID}} auto-increment primary key, {{REAL}} floating point, {{TIMESTAMP}} instant.
-- Statements are separated by a semicolon at the end of a line. Enum columns hold stable text codes.

CREATE TABLE kohtaamo_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organisations (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);

CREATE TABLE coordinators (
    id {{ID}},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'coordinator' CHECK (role IN ('admin', 'coordinator', 'viewer')),
    organisation_id BIGINT REFERENCES organisations(id),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);

CREATE TABLE topics (
    id {{ID}},
    parent_id BIGINT REFERENCES topics(id),
    code TEXT NOT NULL UNIQUE,
    name_fi TEXT NOT NULL DEFAULT '',
    name_sv TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL,
    heavy BOOLEAN NOT NULL DEFAULT FALSE,
    retired BOOLEAN NOT NULL DEFAULT FALSE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);
CREATE INDEX topics_parent ON topics(parent_id);

CREATE TABLE service_types (
    code TEXT PRIMARY KEY,
    name_fi TEXT NOT NULL,
    name_sv TEXT NOT NULL,
    name_en TEXT NOT NULL,
    open_to_minors BOOLEAN NOT NULL DEFAULT FALSE,
    needs_public_consent BOOLEAN NOT NULL DEFAULT FALSE,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE workers (
    id {{ID}},
    display_name TEXT NOT NULL,
    pseudonym BOOLEAN NOT NULL DEFAULT FALSE,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    title TEXT NOT NULL CHECK (title IN ('expert_by_experience', 'peer_supporter', 'peer_relative',
        'experience_partner', 'youth_developer', 'veturi_mentor', 'other')),
    date_of_birth DATE,
    municipality TEXT NOT NULL DEFAULT '',
    home_region TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_break', 'left')),
    notes TEXT NOT NULL DEFAULT '',
    training_name TEXT NOT NULL DEFAULT '',
    training_hours {{REAL}} NOT NULL DEFAULT 0,
    training_completed DATE,
    last_supervision DATE,
    last_debrief DATE,
    annual_earnings_ceiling_cents BIGINT,
    weekly_availability INTEGER NOT NULL DEFAULT 0,
    max_engagements_per_month INTEGER NOT NULL DEFAULT 0 CHECK (max_engagements_per_month >= 0),
    min_days_between_engagements INTEGER NOT NULL DEFAULT 0 CHECK (min_days_between_engagements >= 0),
    notice_days INTEGER NOT NULL DEFAULT 0 CHECK (notice_days >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);
CREATE INDEX workers_organisation ON workers(organisation_id);
CREATE INDEX workers_status ON workers(status);

CREATE TABLE worker_languages (
    worker_id BIGINT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (worker_id, language)
);

CREATE TABLE worker_regions (
    worker_id BIGINT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
    region TEXT NOT NULL,
    PRIMARY KEY (worker_id, region)
);

CREATE TABLE worker_experiences (
    id {{ID}},
    worker_id BIGINT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
    topic_id BIGINT NOT NULL REFERENCES topics(id),
    perspective TEXT NOT NULL CHECK (perspective IN ('child_youth', 'parent', 'relative', 'other')),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (worker_id, topic_id, perspective)
);
CREATE INDEX worker_experiences_topic ON worker_experiences(topic_id);

CREATE TABLE worker_service_types (
    worker_id BIGINT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
    service_type TEXT NOT NULL REFERENCES service_types(code),
    PRIMARY KEY (worker_id, service_type)
);

CREATE TABLE worker_unavailability (
    id {{ID}},
    worker_id BIGINT NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
    starts DATE NOT NULL,
    ends DATE NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('unavailable', 'recovery_break')),
    reason TEXT NOT NULL DEFAULT '',
    CHECK (ends >= starts)
);
CREATE INDEX worker_unavailability_worker ON worker_unavailability(worker_id);

CREATE TABLE consents (
    id {{ID}},
    worker_id BIGINT NOT NULL REFERENCES workers(id),
    scope TEXT NOT NULL CHECK (scope IN ('contact', 'sensitive_background', 'public_appearance',
        'photo_recording', 'guardian')),
    given_on DATE NOT NULL,
    expires_on DATE,
    withdrawn_on DATE,
    recorded_by BIGINT REFERENCES coordinators(id),
    guardian_name TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    supersedes_id BIGINT REFERENCES consents(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);
CREATE INDEX consents_worker ON consents(worker_id);

CREATE TABLE requests (
    id {{ID}},
    reference TEXT NOT NULL UNIQUE,
    received_on DATE NOT NULL,
    requester_name TEXT NOT NULL,
    requester_unit TEXT NOT NULL DEFAULT '',
    requester_email TEXT NOT NULL DEFAULT '',
    requester_phone TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    service_type TEXT REFERENCES service_types(code),
    wanted_perspective TEXT NOT NULL DEFAULT 'any' CHECK (wanted_perspective IN ('any', 'child_youth', 'parent',
        'relative', 'other')),
    workers_needed INTEGER NOT NULL DEFAULT 1 CHECK (workers_needed >= 1),
    deadline DATE,
    remote BOOLEAN NOT NULL DEFAULT FALSE,
    place TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    audience TEXT NOT NULL DEFAULT '',
    fee_terms TEXT NOT NULL DEFAULT '',
    fee_cents BIGINT,
    language TEXT NOT NULL DEFAULT 'fi',
    supervised BOOLEAN NOT NULL DEFAULT FALSE,
    recorded BOOLEAN NOT NULL DEFAULT FALSE,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'tagged', 'inviting', 'confirmed', 'held',
        'closed', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);
CREATE INDEX requests_status ON requests(status);
CREATE INDEX requests_received ON requests(received_on);

CREATE TABLE request_topics (
    request_id BIGINT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    topic_id BIGINT NOT NULL REFERENCES topics(id),
    weight TEXT NOT NULL CHECK (weight IN ('primary', 'secondary')),
    PRIMARY KEY (request_id, topic_id)
);
CREATE INDEX request_topics_topic ON request_topics(topic_id);

CREATE TABLE request_date_options (
    id {{ID}},
    request_id BIGINT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    starts_at {{TIMESTAMP}} NOT NULL,
    ends_at {{TIMESTAMP}},
    chosen BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX request_date_options_request ON request_date_options(request_id);

CREATE TABLE request_organisations (
    request_id BIGINT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    PRIMARY KEY (request_id, organisation_id)
);

CREATE TABLE request_status_history (
    id {{ID}},
    request_id BIGINT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    changed_at {{TIMESTAMP}} NOT NULL,
    changed_by TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_status_history_request ON request_status_history(request_id);

CREATE TABLE invitations (
    id {{ID}},
    request_id BIGINT NOT NULL REFERENCES requests(id),
    worker_id BIGINT NOT NULL REFERENCES workers(id),
    sent_at {{TIMESTAMP}},
    channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'phone', 'sms', 'in_person', 'other')),
    response TEXT NOT NULL DEFAULT 'pending' CHECK (response IN ('pending', 'accepted', 'declined', 'no_reply',
        'withdrawn')),
    responded_at {{TIMESTAMP}},
    decline_reason TEXT NOT NULL DEFAULT '',
    reminders INTEGER NOT NULL DEFAULT 0,
    last_reminder_at {{TIMESTAMP}},
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}},
    UNIQUE (request_id, worker_id)
);
CREATE INDEX invitations_worker ON invitations(worker_id);

CREATE TABLE engagements (
    id {{ID}},
    request_id BIGINT NOT NULL REFERENCES requests(id),
    worker_id BIGINT NOT NULL REFERENCES workers(id),
    invitation_id BIGINT REFERENCES invitations(id),
    starts_at {{TIMESTAMP}},
    ends_at {{TIMESTAMP}},
    attendance TEXT NOT NULL DEFAULT 'planned' CHECK (attendance IN ('planned', 'attended', 'no_show', 'cancelled')),
    hours {{REAL}} NOT NULL DEFAULT 0 CHECK (hours >= 0),
    fee_cents BIGINT NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
    travel_cents BIGINT NOT NULL DEFAULT 0 CHECK (travel_cents >= 0),
    fee_declined BOOLEAN NOT NULL DEFAULT FALSE,
    payment_state TEXT NOT NULL DEFAULT 'not_due' CHECK (payment_state IN ('not_due', 'unpaid', 'paid', 'declined')),
    paid_on DATE,
    preparation_done BOOLEAN NOT NULL DEFAULT FALSE,
    debrief_done BOOLEAN NOT NULL DEFAULT FALSE,
    debrief_on DATE,
    debrief_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}},
    UNIQUE (request_id, worker_id)
);
CREATE INDEX engagements_worker ON engagements(worker_id, starts_at);

CREATE TABLE meeting_outcomes (
    id {{ID}},
    request_id BIGINT NOT NULL UNIQUE REFERENCES requests(id),
    held_on DATE,
    summary TEXT NOT NULL DEFAULT '',
    requester_feedback TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);

CREATE TABLE knowledge_entries (
    id {{ID}},
    request_id BIGINT REFERENCES requests(id),
    recorded_on DATE NOT NULL,
    text TEXT NOT NULL,
    life_course_phase TEXT NOT NULL DEFAULT 'unspecified',
    critical_point BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);
CREATE INDEX knowledge_entries_request ON knowledge_entries(request_id);

CREATE TABLE knowledge_entry_topics (
    entry_id BIGINT NOT NULL REFERENCES knowledge_entries(id) ON DELETE CASCADE,
    topic_id BIGINT NOT NULL REFERENCES topics(id),
    PRIMARY KEY (entry_id, topic_id)
);

CREATE TABLE audit_log (
    id {{ID}},
    at {{TIMESTAMP}} NOT NULL,
    actor TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id BIGINT,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    changes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
