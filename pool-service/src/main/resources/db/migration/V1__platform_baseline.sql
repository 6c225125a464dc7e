-- Plumbing every service shares: the transactional outbox, the consumers' record of processed events,
-- and the credentials whose tokens are no longer accepted.

create table outbox_event (
    id           uuid primary key,
    seq          bigint generated always as identity unique,
    tx_id        xid8 not null default pg_current_xact_id(),
    topic        text not null,
    record_key   text not null,
    event_type   text not null,
    payload      json not null,  -- json, not jsonb: keeps the field order the producer wrote
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

create table processed_event (
    consumer     text not null,
    event_id     uuid not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

create table revoked_credential (
    subject    text primary key,
    revoked_at timestamptz not null default now()
);
