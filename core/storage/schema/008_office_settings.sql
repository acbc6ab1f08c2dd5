-- Kohtaamo schema version 8: the office's own settings, one row (docs/architecture.md). The largest fee one worker can
-- be paid for one engagement: a request or an engagement above it is refused as a typing slip (2,000 € unless the
-- office sets otherwise in Settings ▸ Office).
CREATE TABLE office_settings (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    max_fee_cents BIGINT NOT NULL DEFAULT 200000 CHECK (max_fee_cents > 0),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);
INSERT INTO office_settings (id, max_fee_cents, version) VALUES (1, 200000, 1);
