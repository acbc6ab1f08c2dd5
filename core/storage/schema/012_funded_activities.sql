-- Kohtaamo schema version 12: reports for funders (docs/reports.md). A funded activity is what a funder pays for and
-- asks a yearly results report of (for most offices a STEA-funded activity, "avustuskohde"), run by one organisation
-- for some years. A request belongs to one (chosen on the request; by default the activity of its organisation when
-- that organisation has exactly one). The outcome of a meeting says how many people it reached, and a request names
-- the sector of its requester, for the report's figures.
CREATE TABLE funded_activities (
    id {{ID}},
    name VARCHAR(200) NOT NULL UNIQUE,
    funder VARCHAR(100) NOT NULL DEFAULT '',
    organisation_id BIGINT REFERENCES organisations(id),
    first_year INTEGER,
    last_year INTEGER,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);
CREATE INDEX funded_activities_organisation ON funded_activities(organisation_id);
ALTER TABLE requests ADD COLUMN funded_activity_id BIGINT REFERENCES funded_activities(id);
ALTER TABLE requests ADD COLUMN requester_sector VARCHAR(32) NOT NULL DEFAULT '';
CREATE INDEX requests_funded_activity ON requests(funded_activity_id);
ALTER TABLE meeting_outcomes ADD COLUMN audience_size INTEGER NOT NULL DEFAULT 0 CHECK (audience_size >= 0);
