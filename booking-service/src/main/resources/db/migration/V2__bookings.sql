-- Bookings and what booking-service knows of the other services (offers and blackouts from pool-events,
-- members from member-events). The invariants that must hold under concurrency live here, not in Java:
--   * no two bookings of one offer in a non-final status overlap, buffer time included (exclusion constraint);
--   * no booking is inserted for an offer that is not ACTIVE or inside one of its blackouts (insert trigger that
--     locks the offer row; blackouts are inserted only after locking the same row exclusively);
--   * one Idempotency-Key per member is claimed once (primary key).

create extension if not exists btree_gist;

-- Adding minutes to an instant does not depend on the session time zone, so this is truly immutable
-- (timestamptz + interval in general is only stable because of day and month intervals).
create function plus_minutes(at timestamptz, minutes integer) returns timestamptz
    language sql immutable parallel safe
    as $$ select at + make_interval(mins => minutes) $$;

create table offer (
    offer_id          uuid primary key,
    owner_member_id   uuid        not null,
    region_id         uuid        not null,
    kind              text        not null,
    category          text        not null,
    title             text        not null,
    sectors           text[]      not null,
    unit              text        not null,
    buffer_minutes    integer     not null check (buffer_minutes >= 0),
    settlement_modes  text[]      not null,
    auto_confirm      boolean     not null,
    status            text        not null check (status in ('ACTIVE', 'PAUSED', 'RETIRED')),
    snapshot_at       timestamptz not null
);

create table blackout (
    blackout_id uuid primary key,
    offer_id    uuid      not null references offer (offer_id),
    period      tstzrange not null check (not isempty(period)),
    reason      text
);
create index blackout_offer_period on blackout using gist (offer_id, period);

create table member (
    member_id  uuid primary key,
    region_id  uuid,
    status     text        not null check (status in ('ACTIVE', 'LEFT')),
    changed_at timestamptz not null
);

create table booking (
    id                 uuid primary key,
    offer_id           uuid        not null references offer (offer_id),
    series_id          uuid,
    offer_kind         text        not null,
    offer_title        text        not null,
    offer_unit         text        not null,
    category           text        not null,
    sector             text        not null,
    region_id          uuid        not null,
    provider_member_id uuid        not null,
    consumer_member_id uuid        not null,
    start_at           timestamptz not null,
    end_at             timestamptz not null,
    buffer_minutes     integer     not null check (buffer_minutes >= 0),
    occupied           tstzrange generated always as (tstzrange(start_at, plus_minutes(end_at, buffer_minutes))) stored,
    status             text        not null check (status in ('REQUESTED', 'CONFIRMED', 'IN_USE', 'COMPLETED', 'REJECTED', 'CANCELLED', 'NO_SHOW')),
    settlement_mode    text        not null check (settlement_mode in ('MONETARY', 'NON_MONETARY')),
    site               text,
    scope_quantity     numeric(14, 3),
    scope_unit         text,
    usage_quantity     numeric(14, 3),
    usage_unit         text,
    late_cancellation  boolean,
    note               text,
    requested_by       text        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    constraint booking_period_positive check (end_at > start_at),
    constraint booking_provider_is_not_consumer check (provider_member_id <> consumer_member_id),
    constraint booking_no_overlap exclude using gist (offer_id with =, occupied with &&)
        where (status in ('REQUESTED', 'CONFIRMED', 'IN_USE'))
);
create index booking_consumer on booking (consumer_member_id, start_at);
create index booking_provider on booking (provider_member_id, start_at);
create index booking_series on booking (series_id) where series_id is not null;

-- The audit trail: every transition with who (token subject), when and why.
create table booking_transition (
    id          bigint generated always as identity primary key,
    booking_id  uuid        not null references booking (id),
    from_status text,
    to_status   text        not null,
    actor       text        not null,
    actor_member_id uuid,
    reason      text,
    occurred_at timestamptz not null
);
create index booking_transition_booking on booking_transition (booking_id, id);

-- Refuses a booking of an offer that is not ACTIVE or that hits a blackout. The row lock (FOR SHARE) on the offer
-- serialises this check with the pool-events consumer, which locks the same row FOR UPDATE before it changes the
-- offer's status or inserts a blackout; each statement of this function sees what committed before it ran.
create function booking_guard() returns trigger language plpgsql as $$
declare
    offer_status text;
    hit          tstzrange;
begin
    select status into offer_status from offer where offer_id = new.offer_id for share;
    if not found then
        raise exception using errcode = 'BK001', message = format('offer %s is unknown', new.offer_id);
    end if;
    if offer_status <> 'ACTIVE' then
        raise exception using errcode = 'BK001', message = format('offer %s is %s', new.offer_id, offer_status);
    end if;
    select period into hit from blackout
     where offer_id = new.offer_id
       and period && tstzrange(new.start_at, plus_minutes(new.end_at, new.buffer_minutes))
     order by lower(period) limit 1;
    if found then
        raise exception using errcode = 'BK002',
            message = format('blackout %s %s', to_char(lower(hit) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                               to_char(upper(hit) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
    end if;
    return new;
end $$;

create trigger booking_guard before insert on booking for each row execute function booking_guard();

-- A blackout (or a status change) waits for every booking insert that holds the offer row, and vice versa.
create function blackout_lock_offer() returns trigger language plpgsql as $$
begin
    perform 1 from offer where offer_id = new.offer_id for update;
    return new;
end $$;

create trigger blackout_lock_offer before insert or update on blackout for each row execute function blackout_lock_offer();

-- Idempotency-Key: claimed in the transaction of the request, with the request's fingerprint and, before commit,
-- the first response. A concurrent retry blocks on the primary key until the first one commits or rolls back.
create table idempotent_request (
    member_id       uuid        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    response_status integer,
    response_body   text,
    location        text,
    created_at      timestamptz not null default now(),
    primary key (member_id, idempotency_key)
);
