-- The outbox relay finds unpublished rows by writing transaction instead of by sequence number: it remembers the
-- oldest transaction that may still hold unpublished rows and scans the index from there. Each published row leaves
-- a dead entry in this partial index until VACUUM; a scan by seq walked all of them from the start of the index on
-- every round (milliseconds per round at 1,000 events/s), a scan from the remembered transaction skips them.
drop index outbox_event_unpublished;
create index outbox_event_unpublished on outbox_event (tx_id) where published_at is null;
