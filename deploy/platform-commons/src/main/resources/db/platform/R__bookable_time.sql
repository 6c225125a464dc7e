-- Bookable hours (platform-commons WeeklyHours, docs/POOL.md "Bookable hours"): a weekly pattern stored as the minutes
-- of the week it covers (int4multirange, Monday 00:00 = 0 up to 10080, null = around the clock), read in the county's
-- local time (Europe/Berlin), so 07:00 stays 07:00 across a DST change. A repeatable migration of the shared location
-- db/platform: pool-service (availability, search, utilisation) and booking-service (its insert guard) read the same
-- definitions; every statement is safe to run again.

-- The instants of a span that lie within the weekly pattern.
create or replace function bookable_time(weekly int4multirange, span tstzrange) returns tstzmultirange
    language sql stable parallel safe
    return case when weekly is null or isempty(span) then tstzmultirange(span)
        else tstzmultirange(span) * coalesce((
            select range_agg(tstzrange((w + make_interval(mins => lower(r))) at time zone 'Europe/Berlin',
                                       (w + make_interval(mins => upper(r))) at time zone 'Europe/Berlin'))
            from generate_series(date_trunc('week', lower(span) at time zone 'Europe/Berlin'),
                                 upper(span) at time zone 'Europe/Berlin', interval '1 week') w
            cross join unnest(weekly) r), '{}'::tstzmultirange) end;

-- Whether a period may be booked under the pattern: it starts and ends within bookable hours (pick-up and return in
-- working time); the closed hours between (a machine staying on the site overnight) may lie inside it.
create or replace function within_bookable_time(weekly int4multirange, period tstzrange) returns boolean
    language sql stable parallel safe
    return weekly is null or coalesce((select lower(b) = lower(period) and upper(b) = upper(period)
                                       from bookable_time(weekly, period) b), false);
