-- When things go wrong (docs/BOOKING.md): withdrawal and re-dispatch, extension, waitlist with held slots,
-- emergency requests and standby by person. Every invariant that must hold under concurrency stays in PostgreSQL:
--   * a HELD booking (a waitlist entry's slot, kept for its hold time) occupies its offer like an active one;
--   * one person (or crew) named by several offers of one owner is never booked twice at the same time;
--   * a withdrawn booking is replaced (rebooked) at most once while the replacement is active.

alter table booking drop constraint booking_status_check;
alter table booking add constraint booking_status_check check (status in
    ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE', 'COMPLETED', 'REJECTED', 'CANCELLED', 'NO_SHOW', 'WITHDRAWN', 'EXPIRED'));

alter table booking drop constraint booking_no_overlap;
alter table booking add constraint booking_no_overlap exclude using gist (offer_id with =, occupied with &&)
    where (status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE'));

-- What pool-events say about dispatching: where the offer stands, whether its owner allows emergency use and who is
-- on call, and the person (or crew) a standby offer provides.
alter table offer add column latitude double precision;
alter table offer add column longitude double precision;
alter table offer add column emergency_use boolean not null default false;
alter table offer add column on_call_name text;
alter table offer add column on_call_email text;
alter table offer add column on_call_phone text;
alter table offer add column person_id uuid;
alter table offer add column person_name text;
create index offer_dispatch on offer (region_id, category) where status = 'ACTIVE';

alter table booking add column person_id uuid;
alter table booking add column replaces_booking_id uuid references booking (id);
alter table booking add column emergency boolean not null default false;
alter table booking add column hold_expires_at timestamptz;
alter table booking add column requested_end_at timestamptz;

-- A person is identified by the owner (a user id or the owner's id for a crew), so the key is owner and person.
alter table booking add constraint booking_person_no_overlap
    exclude using gist (provider_member_id with =, person_id with =, occupied with &&)
    where (person_id is not null and status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE'));

create unique index booking_one_active_replacement on booking (replaces_booking_id)
    where replaces_booking_id is not null and status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE');
create index booking_held_expiry on booking (hold_expires_at) where status = 'HELD';
create index booking_region on booking (region_id, start_at);

-- The insert trigger also copies the person the offer provides onto the booking, so the person constraint above
-- decides every insert, whichever path wrote it.
create or replace function booking_guard() returns trigger language plpgsql as $$
declare
    offer_status text;
    offer_person uuid;
    hit          tstzrange;
begin
    select status, person_id into offer_status, offer_person from offer where offer_id = new.offer_id for share;
    if not found then
        raise exception using errcode = 'BK001', message = format('offer %s is unknown', new.offer_id);
    end if;
    if offer_status <> 'ACTIVE' then
        raise exception using errcode = 'BK001', message = format('offer %s is %s', new.offer_id, offer_status);
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

-- Great-circle distance in kilometres (haversine), for "nearest free equivalent offer".
create function distance_km(lat1 double precision, lon1 double precision, lat2 double precision, lon2 double precision)
    returns double precision language sql immutable parallel safe
    as $$ select 6371.0 * 2 * asin(sqrt(power(sin(radians(lat2 - lat1) / 2), 2)
                 + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2))) $$;

-- The waitlist: a member queues for a taken period of an offer. When the period frees, the first fitting entry (by
-- seq) gets a HELD booking; the exclusion constraint makes sure only one entry wins a freed slot.
create table waitlist_entry (
    id              uuid primary key,
    seq             bigint generated always as identity,
    offer_id        uuid        not null references offer (offer_id),
    member_id       uuid        not null,
    region_id       uuid        not null,
    requested_by    text        not null,
    start_at        timestamptz not null,
    end_at          timestamptz not null,
    sector          text        not null,
    settlement_mode text        not null,
    site            text,
    scope_quantity  numeric(14, 3),
    scope_unit      text,
    note            text,
    expires_at      timestamptz not null,
    status          text        not null check (status in ('WAITING', 'OFFERED', 'CLAIMED', 'LAPSED', 'EXPIRED', 'CANCELLED')),
    booking_id      uuid references booking (id),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (end_at > start_at)
);
create index waitlist_waiting on waitlist_entry (offer_id, seq) where status = 'WAITING';
create index waitlist_member on waitlist_entry (member_id, created_at);
create unique index waitlist_booking on waitlist_entry (booking_id) where booking_id is not null;

