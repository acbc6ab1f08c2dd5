-- Schema 19: two more covering indexes for the funder's results report (core/reports/ResultsReport, issue 15: a year
-- of the 50,000-worker / 200,000-request office in under 2 s; docs/performance.md, "The results report").
-- Commissions by topic walk from the period's requests to their primary topics: with request_topics_report that
-- reads no request_topics row. The experience knowledge of a period was found by reading every entry (there was no
-- index on recorded_on); knowledge_entries_report finds the period's entries in the order the report lists them
-- (recorded_on, id) and answers the topic and critical-point counts without reading an entry's text.
CREATE INDEX request_topics_report ON request_topics(request_id, weight, topic_id);
CREATE INDEX knowledge_entries_report ON knowledge_entries(recorded_on, id, critical_point, life_course_phase);
