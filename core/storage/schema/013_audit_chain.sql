-- Schema 13: the audit log as a hash chain (docs/data-protection.md). Every entry carries the SHA-256 of its content
-- and of the entry before it; kohtaamo_meta holds the chain's head (key audit_chain_head: the last entry's id and
-- hash). The entries already in the log are sealed in id order by the migration step itself
-- (core/storage/AuditChain::sealExisting, in this step's transaction), which also writes the head.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN entry_hash TEXT;
