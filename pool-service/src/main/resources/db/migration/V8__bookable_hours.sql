-- Bookable hours (docs/POOL.md): the weekly pattern in which an offer can be booked, as the minutes of the week it
-- covers (Monday 00:00 = 0 up to 10080, read in Europe/Berlin local time by bookable_time() of db/platform). Null is
-- around the clock: every offer that existed before keeps being bookable at any hour, as it was.
alter table offer add column weekly_minutes int4multirange
    check (weekly_minutes is null or (not isempty(weekly_minutes)
                                      and weekly_minutes <@ int4multirange(int4range(0, 10080))));
