-- Kohtaamo schema version 2: the ranking's weights, editable by coordinators (RankingWeightsRepository).
-- One row per key; the defaults are the same as in core/matching/RankingWeights.cpp.

CREATE TABLE ranking_weights (
    key TEXT PRIMARY KEY,
    value {{REAL}} NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at {{TIMESTAMP}}
);

INSERT INTO ranking_weights (key, value) VALUES ('experience.exact', 40);
INSERT INTO ranking_weights (key, value) VALUES ('experience.narrower', 28);
INSERT INTO ranking_weights (key, value) VALUES ('experience.broader', 22);
INSERT INTO ranking_weights (key, value) VALUES ('experience.sibling', 10);
INSERT INTO ranking_weights (key, value) VALUES ('experience.perspective', 12);
INSERT INTO ranking_weights (key, value) VALUES ('experience.secondary_percent', 50);
INSERT INTO ranking_weights (key, value) VALUES ('willingness.listed', 15);
INSERT INTO ranking_weights (key, value) VALUES ('availability.fit', 10);
INSERT INTO ranking_weights (key, value) VALUES ('availability.unstated', 5);
INSERT INTO ranking_weights (key, value) VALUES ('rotation.window_days', 90);
INSERT INTO ranking_weights (key, value) VALUES ('rotation.per_engagement', 6);
INSERT INTO ranking_weights (key, value) VALUES ('rotation.per_invitation', 2);
INSERT INTO ranking_weights (key, value) VALUES ('rotation.max_penalty', 30);
INSERT INTO ranking_weights (key, value) VALUES ('wellbeing.heavy_days', 60);
INSERT INTO ranking_weights (key, value) VALUES ('wellbeing.heavy_penalty', 20);
INSERT INTO ranking_weights (key, value) VALUES ('wellbeing.support_days', 365);
INSERT INTO ranking_weights (key, value) VALUES ('fee.near_percent', 80);
INSERT INTO ranking_weights (key, value) VALUES ('fee.near_penalty', 10);
INSERT INTO ranking_weights (key, value) VALUES ('fee.over_penalty', 40);
