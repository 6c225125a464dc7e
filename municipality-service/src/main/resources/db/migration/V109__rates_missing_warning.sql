-- The coordinator is warned when the first booking is made for a year in which the region has published no rates:
-- one row per (region, year), written with the RatesMissing event in one transaction, so the warning goes out once.
create table rates_missing_warning (
    region_id  uuid not null,
    year       int not null check (year between 2000 and 2100),
    booking_id uuid not null,
    warned_at  timestamptz not null default now(),
    primary key (region_id, year)
);
