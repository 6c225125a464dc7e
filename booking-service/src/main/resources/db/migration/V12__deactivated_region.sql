-- Regions the platform operator deactivated (RegionDeactivated on member-events): they take no new bookings; what
-- was booked before goes on as usual.
create table deactivated_region (
    region_id      uuid primary key,
    deactivated_at timestamptz not null
);
