-- The pool: offers, their blackouts and bookable windows, the members' depots (projected from member-events),
-- the busy periods (projected from booking-events) and the per-member calendar feed secrets.

create extension if not exists btree_gist;
create extension if not exists cube;
create extension if not exists earthdistance;

-- Projection of member-events: who belongs to which region, and where their depots are.
create table member (
    member_id     uuid primary key,
    region_id     uuid not null,
    name          text not null,
    status        text not null check (status in ('ACTIVE', 'LEFT')),
    last_event_at timestamptz not null
);

create table member_depot (
    depot_id  uuid primary key,
    member_id uuid not null references member (member_id) on delete cascade,
    name      text not null,
    latitude  double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180)
);
create index member_depot_member on member_depot (member_id);

create table offer (
    id                     uuid primary key,
    owner_member_id        uuid not null,
    region_id              uuid not null,
    kind                   text not null check (kind in ('EQUIPMENT', 'STAFF_STANDBY', 'SERVICE')),
    category               text not null check (category ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    title                  text not null check (length(title) between 1 and 200),
    description            text,
    sectors                text[] not null check (cardinality(sectors) > 0
                               and sectors <@ array['WATER_SUPPLY', 'WASTEWATER']),
    depot_name             text not null,
    latitude               double precision not null check (latitude between -90 and 90),
    longitude              double precision not null check (longitude between -180 and 180),
    unit                   text not null check (unit in ('HOUR', 'DAY', 'METRE')),
    buffer_minutes         integer not null default 0 check (buffer_minutes between 0 and 10080),
    settlement_modes       text[] not null check (cardinality(settlement_modes) > 0
                               and settlement_modes <@ array['MONETARY', 'NON_MONETARY']),
    auto_confirm           boolean not null default false,
    status                 text not null check (status in ('ACTIVE', 'PAUSED', 'RETIRED')),
    condition_notes        text,
    required_qualification text,
    qualifications         text[] not null default '{}',
    capacity_per_day       numeric(12, 2) check (capacity_per_day > 0),
    version                bigint not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);
-- Search: region first (equality), then the point on the earth for distance ordering (GiST KNN with <->).
create index offer_region_location on offer using gist (region_id, ll_to_earth(latitude, longitude));
create index offer_owner on offer (owner_member_id);
create index offer_region_kind on offer (region_id, kind, category) where status = 'ACTIVE';

-- The windows in which a STAFF_STANDBY offer can be booked (a person's on-call or substitution windows).
create table offer_window (
    id       uuid primary key,
    offer_id uuid not null references offer (id) on delete cascade,
    start_at timestamptz not null,
    end_at   timestamptz not null,
    period   tstzrange generated always as (tstzrange(start_at, end_at, '[)')) stored,
    check (end_at > start_at),
    exclude using gist (offer_id with =, period with &&)
);

create table blackout (
    id         uuid primary key,
    offer_id   uuid not null references offer (id) on delete cascade,
    start_at   timestamptz not null,
    end_at     timestamptz not null,
    period     tstzrange generated always as (tstzrange(start_at, end_at, '[)')) stored,
    reason     text not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    check (end_at > start_at),
    -- blackouts of one offer never overlap, so blocked hours add up without double counting
    exclude using gist (offer_id with =, period with &&)
);

-- Projection of booking-events: one row per booking, the latest state wins (by terminality, occurredAt, rank).
create table busy_period (
    booking_id         uuid primary key,
    offer_id           uuid not null,
    region_id          uuid,
    provider_member_id uuid,
    consumer_member_id uuid,
    status             text not null,
    status_rank        smallint not null,
    terminal           boolean not null,
    start_at           timestamptz not null,
    end_at             timestamptz not null,
    buffer_minutes     integer not null default 0,
    occupied_until     timestamptz not null,
    -- the period the booking occupies its offer: [start, end + buffer)
    period             tstzrange generated always as (tstzrange(start_at, occupied_until, '[)')) stored,
    blocks             boolean generated always as
                           (status in ('REQUESTED', 'CONFIRMED', 'IN_USE', 'COMPLETED')) stored,
    offer_title        text,
    site               text,
    occurred_at        timestamptz not null,
    event_id           uuid not null,
    check (end_at > start_at and occupied_until >= end_at)
);
create index busy_period_blocking on busy_period using gist (offer_id, period) where blocks;

-- Per-member secret for the calendar feeds (stored as SHA-256 hex; rotating replaces it).
create table calendar_secret (
    member_id  uuid primary key,
    token_hash text not null unique,
    rotated_at timestamptz not null default now()
);

-- Hours covered by a multirange of instants (used by utilisation).
create function multirange_hours(m tstzmultirange) returns numeric
    language sql immutable parallel safe
    return coalesce((select sum(extract(epoch from upper(r) - lower(r))) from unnest(m) r), 0) / 3600;
