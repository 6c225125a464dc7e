-- Regions (counties), their members with depots, the agreed rates and settlement terms per year, and the
-- record of closed financial years that freezes a year's rates and terms at the database.

create table region (
    id                uuid primary key,
    name              text not null unique,
    coordinator_name  text,
    coordinator_email text,
    created_at        timestamptz not null default now()
);

create table member (
    id            uuid primary key,
    region_id     uuid not null references region (id),
    name          text not null check (length(btrim(name)) > 0),
    kind          text not null check (kind in ('MUNICIPALITY', 'ZWECKVERBAND', 'STADTWERKE', 'EIGENBETRIEB')),
    sectors       text[] not null check (cardinality(sectors) > 0
                                         and sectors <@ array['WATER_SUPPLY', 'WASTEWATER']::text[]),
    leitweg_id    text,
    status        text not null default 'ACTIVE' check (status in ('ACTIVE', 'LEFT')),
    contact_email text,
    contact_phone text,
    street        text,
    postal_code   text,
    city          text,
    joined_at     timestamptz not null default now(),
    left_at       timestamptz,
    version       bigint not null default 0,
    constraint member_name_unique_in_region unique (region_id, name),
    constraint member_left_consistent check ((status = 'LEFT') = (left_at is not null))
);
create index member_region on member (region_id, name);

create table depot (
    id          uuid primary key,
    member_id   uuid not null references member (id),
    name        text not null check (length(btrim(name)) > 0),
    latitude    numeric(9, 6) not null check (latitude between -90 and 90),
    longitude   numeric(9, 6) not null check (longitude between -180 and 180),
    street      text,
    postal_code text,
    city        text,
    constraint depot_name_unique_per_member unique (member_id, name)
);

create table rate (
    id        uuid primary key,
    region_id uuid not null references region (id),
    year      int not null check (year between 2000 and 2100),
    sector    text not null check (sector in ('WATER_SUPPLY', 'WASTEWATER')),
    category  text not null check (category ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    unit      text not null check (unit in ('HOUR', 'DAY', 'METRE')),
    amount    numeric(12, 2) not null check (amount >= 0),
    currency  text not null default 'EUR' check (currency = 'EUR'),
    constraint rate_unique unique (region_id, year, sector, category)
);

create table settlement_terms (
    region_id       uuid not null references region (id),
    year            int not null check (year between 2000 and 2100),
    tolerance_hours numeric(12, 2) not null check (tolerance_hours >= 0),
    remainder       text not null check (remainder in ('CARRY_OVER', 'PAY')),
    primary key (region_id, year)
);

create table financial_year_close (
    region_id uuid not null references region (id),
    year      int not null,
    closed_at timestamptz not null default now(),
    closed_by text not null,
    primary key (region_id, year)
);

-- Closing a (region, year) takes this lock exclusively; changing its rates or terms takes it shared first, so a
-- change and a close that race are serialised: either the change commits before the close, or it sees the close.
create function year_close_lock(p_region uuid, p_year int) returns void language sql volatile as $$
    select pg_advisory_xact_lock_shared(hashtext('financial_year_close:' || p_region::text), p_year)
$$;

create function lock_year_for_close() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('financial_year_close:' || new.region_id::text), new.year);
    return new;
end
$$;

create trigger financial_year_close_lock before insert on financial_year_close
    for each row execute function lock_year_for_close();

-- Refuses any insert, update or delete of a row whose (region_id, year), before or after the change, belongs to a
-- closed financial year. SQLSTATE 'DPYC1' ("year closed") lets the services answer 409.
create function refuse_change_in_closed_year() returns trigger language plpgsql as $$
declare
    r record;
begin
    for r in select * from (values
                 (case when tg_op <> 'INSERT' then old.region_id end, case when tg_op <> 'INSERT' then old.year end),
                 (case when tg_op <> 'DELETE' then new.region_id end, case when tg_op <> 'DELETE' then new.year end)) v(region_id, year)
             where v.region_id is not null
    loop
        perform year_close_lock(r.region_id, r.year);
        if exists (select 1 from financial_year_close c where c.region_id = r.region_id and c.year = r.year) then
            raise exception 'financial year % of region % is closed; its % cannot change', r.year, r.region_id, tg_table_name
                using errcode = 'DPYC1';
        end if;
    end loop;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create trigger rate_frozen_when_year_closed before insert or update or delete on rate
    for each row execute function refuse_change_in_closed_year();
create trigger settlement_terms_frozen_when_year_closed before insert or update or delete on settlement_terms
    for each row execute function refuse_change_in_closed_year();
