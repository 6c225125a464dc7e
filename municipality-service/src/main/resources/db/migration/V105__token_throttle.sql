-- Failed sign-in attempts at the token endpoint, counted per client id or username and per source address, shared by
-- every instance of the service (TokenThrottle). The key is "<scope>:<sha-256 of the id or address>", so the table
-- holds no e-mail addresses or IPs in clear. attempts counts reservations in the current window: an attempt reserves
-- before its secret is hashed, a success gives its reservation back, a failure keeps it.
create table token_throttle (
    throttle_key   text primary key,
    window_ends_at timestamptz not null,
    attempts       integer not null check (attempts >= 0)
);
-- the purge job deletes rows whose window has ended
create index token_throttle_window_end on token_throttle (window_ends_at);
