-- Kohtaamo schema version 10: fees followed to payment. An engagement's fee and travel costs become due when the
-- outcome says the work was done (payment_state 'unpaid'); the treasurer marks a set of them paid together, as one
-- payment batch ("2026-12/1": the month it was paid and its number in that month), which bookkeeping receives as a
-- spreadsheet. The batch keeps who made it and when; each engagement paid in it names it.
CREATE TABLE fee_batches (
    id {{ID}},
    reference VARCHAR(32) NOT NULL UNIQUE,
    paid_on DATE NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TIMESTAMP}},
    updated_at {{TIMESTAMP}}
);
ALTER TABLE engagements ADD COLUMN fee_batch_id BIGINT REFERENCES fee_batches(id);
CREATE INDEX engagements_fee_batch ON engagements(fee_batch_id);
CREATE INDEX engagements_worker_paid ON engagements(worker_id, paid_on);
