-- What this service knows of the other services (projections fed from their events), the notifications it
-- sends, webhook endpoints with their deliveries and attempts, and the reminders already issued.

create table member (
    member_id     uuid primary key,
    region_id     uuid,
    name          text not null,
    contact_email text,
    contact_phone text,
    status        text not null default 'ACTIVE'
);

create table person (
    user_id   text primary key,
    member_id uuid not null,
    name      text,
    email     text,
    roles     text[] not null default '{}',
    active    boolean not null default true
);
create index person_member on person (member_id);

create table offer (
    offer_id        uuid primary key,
    owner_member_id uuid not null,
    title           text not null,
    kind            text,
    depot_name      text
);

-- The bookings the reminders look at, upserted from booking-events (the latest event per booking wins).
create table booking (
    booking_id         uuid primary key,
    offer_id           uuid not null,
    offer_title        text,
    offer_kind         text,
    provider_member_id uuid not null,
    consumer_member_id uuid not null,
    start_at           timestamptz not null,
    end_at             timestamptz not null,
    status             text not null,
    site               text,
    last_event_at      timestamptz not null
);
create index booking_upcoming on booking (start_at) where status = 'CONFIRMED';
create index booking_running on booking (end_at) where status = 'IN_USE';

-- Per member and notification type: whether to e-mail, to which roles, and to which further addresses.
create table notification_preference (
    member_id  uuid not null,
    event_type text not null,
    email      boolean not null,
    roles      text[] not null,
    addresses  text[] not null default '{}',
    updated_at timestamptz not null default now(),
    primary key (member_id, event_type)
);

-- One e-mail notification of a member about one event; the unique key makes a redelivered event send once.
create table notification (
    id            uuid primary key,
    member_id     uuid not null,
    event_id      uuid not null,
    event_type    text not null,
    booking_id    uuid,
    recipients    text[] not null,
    subject       text not null,
    body          text not null,
    status        text not null check (status in ('PENDING', 'SENT', 'FAILED', 'NO_RECIPIENT', 'DISABLED')),
    attempts      int not null default 0,
    error         text,
    next_try_at   timestamptz not null default now(),
    created_at    timestamptz not null default now(),
    sent_at       timestamptz,
    unique (member_id, event_id)
);
create index notification_feed on notification (member_id, created_at desc);
create index notification_due on notification (next_try_at) where status = 'PENDING';

create table webhook_endpoint (
    id          uuid primary key,
    member_id   uuid not null,
    url         text not null,
    event_types text[] not null,
    secret      text not null,
    description text,
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    secret_rotated_at timestamptz
);
create index webhook_endpoint_member on webhook_endpoint (member_id);

create table webhook_delivery (
    id              uuid primary key,
    endpoint_id     uuid not null references webhook_endpoint (id) on delete cascade,
    member_id       uuid not null,
    event_id        uuid not null,
    event_type      text not null,
    payload         text not null,
    status          text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempt_count   int not null default 0,
    next_attempt_at timestamptz not null default now(),
    give_up_at      timestamptz not null,
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz,
    unique (endpoint_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_member on webhook_delivery (member_id, created_at desc);

create table webhook_attempt (
    id           uuid primary key,
    delivery_id  uuid not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz not null,
    status_code  int,
    error        text,
    duration_ms  bigint not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);

-- A reminder is issued at most once: the row is inserted in the same transaction as its notifications, and a
-- second worker racing for the same reminder waits on this key and then finds it taken.
create table reminder (
    booking_id    uuid not null,
    reminder_kind text not null check (reminder_kind in ('BookingStartsSoon', 'BookingReturnOverdue')),
    due_at        timestamptz not null,
    issued_at     timestamptz not null default now(),
    primary key (booking_id, reminder_kind, due_at)
);
