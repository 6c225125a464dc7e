-- The county flushing plan (docs/FLUSHING.md): what members need flushed in a year, and the campaigns the coordinator
-- turns it into. The bookings a campaign proposes are ordinary bookings (series), guarded by booking_no_overlap.

-- A service's typical work per day in its unit (pool-service's capacityPerDay, from the offer snapshots); null for
-- equipment and standby, and for offers known from before snapshots carried it.
alter table offer add column capacity_per_day numeric(12, 2) check (capacity_per_day > 0);

-- One campaign per region, year and sector: a plan turned into a campaign twice (also at the same moment) is one
-- campaign; the second insert waits for the first and then finds the row.
create table flushing_campaign (
    id         uuid primary key,
    region_id  uuid        not null,
    year       integer     not null,
    sector     text        not null check (sector in ('WATER_SUPPLY', 'WASTEWATER')),
    created_by text        not null,
    created_at timestamptz not null,
    constraint flushing_campaign_once unique (region_id, year, sector)
);

-- A member's yearly demand of one sector: the sites (name, coordinates, quantity) as JSON, the preferred months of the
-- year (empty: any). Planned into a campaign, it is fixed (campaign_id set).
create table flushing_demand (
    id               uuid primary key,
    region_id        uuid          not null,
    member_id        uuid          not null,
    year             integer       not null,
    sector           text          not null check (sector in ('WATER_SUPPLY', 'WASTEWATER')),
    unit             text          not null check (unit in ('METRE', 'HOUR')),
    quantity         numeric(14, 3) not null check (quantity > 0),
    settlement_mode  text          not null check (settlement_mode in ('MONETARY', 'NON_MONETARY')),
    preferred_months integer[]     not null check (preferred_months <@ array [1,2,3,4,5,6,7,8,9,10,11,12]),
    sites            jsonb         not null check (jsonb_typeof(sites) = 'array' and jsonb_array_length(sites) > 0),
    note             text,
    campaign_id      uuid references flushing_campaign (id),
    created_by       text          not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint flushing_demand_once unique (member_id, year, sector)
);
create index flushing_demand_region_year on flushing_demand (region_id, year, sector);

-- The series a campaign created, one per member and offer.
create table flushing_campaign_series (
    campaign_id uuid    not null references flushing_campaign (id),
    series_id   uuid    not null primary key,
    member_id   uuid    not null,
    offer_id    uuid    not null,
    distance_km numeric(8, 1)
);
create index flushing_campaign_series_campaign on flushing_campaign_series (campaign_id);

-- What a campaign could not book, with the reason (no-provider, no-capacity, booked, member-left).
create table flushing_campaign_conflict (
    id          uuid           primary key,
    campaign_id uuid           not null references flushing_campaign (id),
    position    integer        not null,
    demand_id   uuid           not null references flushing_demand (id),
    member_id   uuid           not null,
    site        text           not null,
    quantity    numeric(14, 3) not null,
    reason      text           not null,
    detail      text           not null,
    start_at    timestamptz,
    end_at      timestamptz,
    unique (campaign_id, position)
);
