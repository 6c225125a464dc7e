-- Bookable hours (docs/POOL.md, docs/BOOKING.md): what the offer snapshots of pool-events say about when an offer can be
-- booked, as the minutes of the week (int4multirange, null = around the clock, as every offer known before). The insert
-- guard refuses a booking that does not start and end within them (SQLSTATE BK004), whichever path writes it; it holds
-- the offer row in share mode, so a snapshot changing the hours waits for it (and vice versa).
alter table offer add column weekly_minutes int4multirange;

create or replace function booking_guard() returns trigger language plpgsql as $$
declare
    offer_status text;
    offer_person uuid;
    offer_hours  int4multirange;
    hit          tstzrange;
begin
    select status, person_id, weekly_minutes into offer_status, offer_person, offer_hours
      from offer where offer_id = new.offer_id for share;
    if not found then
        raise exception using errcode = 'BK001', message = format('offer %s is unknown', new.offer_id);
    end if;
    if offer_status <> 'ACTIVE' then
        raise exception using errcode = 'BK001', message = format('offer %s is %s', new.offer_id, offer_status);
    end if;
    if not within_bookable_time(offer_hours, tstzrange(new.start_at, new.end_at)) then
        raise exception using errcode = 'BK004', message = format('outside-hours %s', offer_hours);
    end if;
    new.person_id := offer_person;
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
