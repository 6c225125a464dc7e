-- The shortage radar (docs/POOL.md, "Shortage radar"): every search that named a category and found no free offer,
-- every booking request booking-service refused for lack of capacity (BookingRequestRefused) and every waiting-list
-- entry (WaitlistJoined), one row each, with the Europe/Berlin month of the period asked for. No personal data: the
-- member is an organisation, nobody's name or address is kept. Rows older than pool.radar.retention-months are deleted.
create table unmet_demand (
    id          uuid primary key,
    kind        text not null check (kind in ('SEARCH', 'REFUSAL', 'WAITLIST')),
    region_id   uuid not null,
    member_id   uuid not null,
    category    text not null,
    sector      text check (sector in ('WATER_SUPPLY', 'WASTEWATER')),
    offer_id    uuid,
    start_at    timestamptz not null,
    end_at      timestamptz not null check (end_at > start_at),
    month       date not null,
    distance_km numeric(8, 2),
    reason      text,
    recorded_at timestamptz not null
);
-- one need counts once: the same member asking again for the same thing and period (a second click, a retried request)
create unique index unmet_demand_once on unmet_demand (kind, region_id, member_id, category, sector, offer_id, start_at, end_at)
    nulls not distinct;
create index unmet_demand_region_month on unmet_demand (region_id, month);
