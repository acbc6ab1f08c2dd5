-- Schema 21: indexes for ranking one request (kohtaamo-cli rank, SnapshotFocus; issue 18). The focused load reads the
-- invitations of the rotation window and the engagements near the request's days; without an index on the time
-- both were a scan of the whole table (511,301 invitations and 295,382 engagements in the 200,000-request office).
-- With these the OR of "the request's own" and "in the window" is two index searches (docs/performance.md).
CREATE INDEX invitations_sent ON invitations(sent_at);
CREATE INDEX engagements_starts ON engagements(starts_at);
