-- Kohtaamo schema version 11: e-mail (docs/mail.md). The office's SMTP account (never its password: that stays in
-- the desktop's keyring or the environment of a scheduled job), the office's own wording of the messages, and the
-- outbox: every message the office sends, with its state, so that nothing is lost when the server fails and nothing
-- is sent twice.
ALTER TABLE office_settings ADD COLUMN smtp_host VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE office_settings ADD COLUMN smtp_port INTEGER NOT NULL DEFAULT 587;
ALTER TABLE office_settings ADD COLUMN smtp_security VARCHAR(16) NOT NULL DEFAULT 'starttls';
ALTER TABLE office_settings ADD COLUMN smtp_user VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE office_settings ADD COLUMN mail_from_address VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE office_settings ADD COLUMN mail_from_name VARCHAR(255) NOT NULL DEFAULT '';
-- The office's own name in calendar UIDs and Message-IDs (a random id given on first use): a worker's calendar entry
-- keeps its UID for ever, whatever address the office sends from later.
ALTER TABLE office_settings ADD COLUMN mail_office_id VARCHAR(64) NOT NULL DEFAULT '';

-- The office's wording of a message kind in one language; without a row the built-in text (core/mail) is used.
CREATE TABLE message_templates (
    id {{ID}},
    kind VARCHAR(32) NOT NULL,
    language VARCHAR(8) NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}},
    UNIQUE (kind, language)
);

-- One message of the office. A calendar entry's UID stays the same for a worker and a request for ever; its SEQUENCE
-- is kept on the rows (the next change of time or place sends the largest so far + 1). message_id is the stable
-- Message-ID of the message, whatever the number of attempts.
CREATE TABLE outbox_messages (
    id {{ID}},
    request_id BIGINT NOT NULL REFERENCES requests(id),
    invitation_id BIGINT REFERENCES invitations(id),
    worker_id BIGINT REFERENCES workers(id),
    kind VARCHAR(32) NOT NULL CHECK (kind IN ('invitation', 'reminder', 'change', 'cancellation',
                                              'worker_confirmation', 'requester_confirmation', 'thank_you')),
    recipient_address VARCHAR(255) NOT NULL,
    recipient_name VARCHAR(255) NOT NULL DEFAULT '',
    language VARCHAR(8) NOT NULL DEFAULT 'fi',
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    ics TEXT,
    ics_uid VARCHAR(255) NOT NULL DEFAULT '',
    ics_sequence INTEGER NOT NULL DEFAULT 0,
    message_id VARCHAR(255) NOT NULL UNIQUE,
    state VARCHAR(16) NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    queued_at {{TIMESTAMP}},
    sent_at {{TIMESTAMP}},
    created_by BIGINT REFERENCES coordinators(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);
CREATE INDEX outbox_messages_request ON outbox_messages(request_id);
CREATE INDEX outbox_messages_state ON outbox_messages(state);
CREATE INDEX outbox_messages_uid ON outbox_messages(ics_uid);
