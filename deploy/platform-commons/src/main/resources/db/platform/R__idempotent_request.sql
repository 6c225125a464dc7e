-- Idempotency-Keys of every service (platform-commons IdempotencyKeys): which member used which key for which request
-- (the SHA-256 fingerprint of method, path template and parameter values) and what the request answered. A repeatable
-- migration of the shared location db/platform: Flyway runs it after the service's own versioned migrations whenever
-- its text changes, so every statement here must be safe to run again on a database that has the table already.
create table if not exists idempotent_request (
    member_id       uuid        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    response_status integer,
    response_body   text,
    location        text,
    created_at      timestamptz not null default now(),
    primary key (member_id, idempotency_key)
);
-- A request inserts its key row and updates it with the answer in the same transaction; free space on each page lets
-- that update stay on the page (HOT: no second primary-key entry).
alter table idempotent_request set (fillfactor = 70);
-- The hourly expiry (IdempotencyKeyExpiry) finds old rows through a BRIN index: rows arrive in created_at order, so it
-- costs a few bytes per 128 pages and almost nothing on insert. autosummarize: without it only VACUUM summarizes new
-- page ranges, and until then the job reads every page written since.
create index if not exists idempotent_request_created on idempotent_request using brin (created_at)
    with (autosummarize = on);
