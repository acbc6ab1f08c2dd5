-- Kohtaamo schema version 4: indexes for the lists a coordinator opens every day (docs/performance.md).
--
-- The Today page counts engagements and invitations by state: without these it reads all of them (about 300,000
-- engagements and 500,000 invitations in the 200,000-request demo office, 50–90 ms per line).
CREATE INDEX engagements_attendance_start ON engagements(attendance, starts_at);
CREATE INDEX engagements_debrief ON engagements(attendance, debrief_done, request_id);
CREATE INDEX engagements_payment ON engagements(payment_state, request_id);
CREATE INDEX invitations_response_sent ON invitations(response, sent_at);

-- The request inbox counts and pages the requests a filter leaves; searching as you type reads the reference,
-- title, requester and unit of every request. On SQLite this index covers that, so it reads the narrow index and
-- not the table with its descriptions and notes (about 3x faster on 200,000 requests). PostgreSQL searches with
-- ILIKE over the table either way and gets no such index (a B-tree entry this wide could exceed its size limit).
--@sqlite CREATE INDEX requests_inbox ON requests(received_on, id, reference, title, requester_name, requester_unit, status, service_type, workers_needed);
