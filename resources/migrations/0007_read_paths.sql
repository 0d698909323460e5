-- Indexes for the dashboard counters and the review agenda (measured in tests/bench, qf_bench_library).

-- Open leads by next review date: the "due for review" counter and the agenda read only this index.
CREATE INDEX lead_open_review ON lead(next_review_date, status, disposition)
    WHERE status <> 'closed' AND disposition <> 'file_case';

-- The approval inbox and its counter, in the order the inbox lists them.
CREATE INDEX transition_request_pending ON transition_request(approve_role, id) WHERE status = 'pending';

-- Open stage deadlines by the date that counts, extended or not.
CREATE INDEX deadline_open_due ON deadline(coalesce(extended_to, due_on)) WHERE met_on IS NULL;
