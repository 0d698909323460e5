-- Covering indexes for the statistics page (measured in tests/bench, qf_bench_reporting): each grouped count over a
-- date range reads one index range and never the table rows.
CREATE INDEX report_received_channel ON report(received_date, channel);
CREATE INDEX lead_created_attributes ON lead(created_at, source, sector, disposition);
CREATE INDEX transition_request_entered ON transition_request(to_stage, decided_at) WHERE status = 'approved';
CREATE INDEX deadline_started ON deadline(starts_on, kind);
