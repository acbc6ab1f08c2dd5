-- Schema 16: indexes for the audit viewer (core/audit/AuditLogQuery, issue 16). Its list is newest first by id; a
-- coordinator's entries are found through (actor, id), read backwards in id order without a sort, and a period through
-- (at). A record or a person is found through audit_log_record (schema 1).
CREATE INDEX audit_log_actor ON audit_log(actor, id);
CREATE INDEX audit_log_at ON audit_log(at);
