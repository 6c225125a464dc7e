-- Idempotency-Keys expire (booking.idempotency-retention, default 30 days): an hourly job deletes older rows. Rows are
-- inserted in created_at order, so a BRIN index finds the old ones for a few bytes per 128 pages and almost no cost
-- on the insert path, where a B-tree would add an index entry to every request.
create index idempotent_request_created on idempotent_request using brin (created_at);
