-- Schema 22: indexes for the Today page's counts (issue 18: start beside DB Browser for SQLite). On the
-- 50,000-worker / 200,000-request office the fees due read 23,548 engagement rows for their amounts, the overdue
-- invitations 16,062 invitation rows for their request, and the expiring consents scanned all 139,376 consents; with
-- these the three never touch the tables (sqlite3 shell: 51 → 7 ms, 92 → 17 ms, 52 → 26 ms; docs/performance.md).
-- The invitations' index also answers the inbox's count of a request's accepted invitations. It is added beside
-- invitations_response_sent, not in its place: the reminders read pending invitations by the time they were sent.
CREATE INDEX invitations_response_request ON invitations(response, request_id, sent_at);
CREATE INDEX engagements_due ON engagements(payment_state, attendance, fee_declined, request_id, fee_cents, travel_cents);
CREATE INDEX consents_scope_expires ON consents(scope, expires_on);
