-- Refuses a single booking that the exclusion constraint kept out (`insert ... on conflict do nothing` inserted no
-- row) with SQLSTATE BK003, naming the active booking it overlaps (start and end as epoch seconds, buffer minutes).
-- POST /bookings commits in the round trip of its last write (docs/BOOKING.md), so a refusal must abort the
-- transaction inside the database, before that commit, instead of being decided by the service afterwards.
create function booking_require_inserted(inserted bigint, offer uuid, requested tstzrange) returns bigint
language plpgsql as $$
declare
    taken record;
begin
    if inserted > 0 then
        return inserted;
    end if;
    select start_at, end_at, buffer_minutes into taken from booking
     where offer_id = offer and status in ('REQUESTED', 'CONFIRMED', 'IN_USE') and occupied && requested
     order by start_at limit 1;
    if found then
        raise exception using errcode = 'BK003', message = format('overlap %s %s %s',
            extract(epoch from taken.start_at), extract(epoch from taken.end_at), taken.buffer_minutes);
    end if;
    -- the booking it collided with has been cancelled or rejected since; the period may be free by now
    raise exception using errcode = 'BK003', message = 'overlap';
end $$;
