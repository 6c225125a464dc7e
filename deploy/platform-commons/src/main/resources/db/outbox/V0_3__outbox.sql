-- The transactional outbox (platform-commons Outbox and OutboxRelay), only in services that publish events. A row is
-- written in the transaction of the change it describes and deleted once Kafka acknowledged its event; the relay reads
-- committed rows by writing transaction (tx_id, below the oldest running one) in sequence order. See docs/EVENTS.md.
create table if not exists outbox_event (
    id         uuid primary key,
    seq        bigint generated always as identity unique,
    tx_id      xid8 not null default pg_current_xact_id(),
    topic      text not null,
    record_key text not null,
    event_type text not null,
    payload    json not null,  -- json, not jsonb: keeps the field order the producer wrote
    created_at timestamptz not null default now()
);
create index if not exists outbox_event_by_transaction on outbox_event (tx_id);
