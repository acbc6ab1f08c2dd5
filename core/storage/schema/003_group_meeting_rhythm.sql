-- Kohtaamo schema version 3: the office's group meeting rhythm (GroupMeetingRhythmRepository).
-- Self-contained: needs nothing from version 2 but the tables every version has. One row, edited in place (version column, audited); the first
-- meeting day is unset (NULL) until a coordinator enters it. The group meets about every four weeks, hence 28.

CREATE TABLE group_meeting_rhythm (
    id {{ID}},
    first_meeting DATE,
    interval_days INTEGER NOT NULL DEFAULT 28 CHECK (interval_days BETWEEN 1 AND 366),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);

INSERT INTO group_meeting_rhythm (interval_days) VALUES (28);
