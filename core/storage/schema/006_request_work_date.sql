-- Kohtaamo schema version 6: the day a request's work happens, stored (docs/performance.md).
--
-- The inbox filters and sorts by it. Worked out per row from the proposed times it cost 0.4–0.8 s on the
-- 200,000-request demo office; stored and indexed it is a range read. RequestRepository writes it with every save, as
-- Request::workDate(): the chosen proposed time's day, else the earliest one's, else the deadline (local days).
ALTER TABLE requests ADD COLUMN work_date DATE;
--@sqlite UPDATE requests SET work_date = COALESCE((SELECT date(MIN(o.starts_at), 'localtime') FROM request_date_options o WHERE o.request_id = requests.id AND o.chosen), (SELECT date(MIN(o.starts_at), 'localtime') FROM request_date_options o WHERE o.request_id = requests.id), deadline);
--@postgresql UPDATE requests SET work_date = COALESCE((SELECT CAST(MIN(o.starts_at) AS DATE) FROM request_date_options o WHERE o.request_id = requests.id AND o.chosen), (SELECT CAST(MIN(o.starts_at) AS DATE) FROM request_date_options o WHERE o.request_id = requests.id), deadline);
CREATE INDEX requests_work_date ON requests(work_date, id);
