-- Schema 14: covering indexes for the funder's results report (core/reports/ResultsReport, issue 15: a year of the
-- 50,000-worker / 200,000-request office in under 2 s). The report groups a period's requests by kind, sector, status
-- and requesting unit, and walks from the period's held requests to their attended engagements; with these two
-- indexes neither reads a request or engagement row (docs/performance.md, "The results report").
CREATE INDEX requests_report ON requests(work_date, status, service_type, requester_sector, requester_unit, funded_activity_id, id);
CREATE INDEX engagements_report ON engagements(request_id, attendance, worker_id, hours, preparation_done, debrief_done);
