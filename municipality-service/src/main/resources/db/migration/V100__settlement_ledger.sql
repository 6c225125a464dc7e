-- Settlement ledger: immutable double-entry lines, one CREDIT line for the provider and one DEBIT line for the
-- consumer per entry. Corrections are reversal entries; a closed (region, year) accepts no line at all.

create table ledger_line (
    id                uuid primary key default gen_random_uuid(),
    entry_id          uuid not null,
    region_id         uuid not null,
    year              int not null check (year between 2000 and 2100),
    entry_kind        text not null check (entry_kind in ('USAGE', 'REVERSAL', 'CARRY_OVER')),
    settlement_mode   text not null check (settlement_mode in ('MONETARY', 'NON_MONETARY')),
    sector            text not null check (sector in ('WATER_SUPPLY', 'WASTEWATER')),
    category          text not null,
    unit              text not null check (unit in ('HOUR', 'DAY', 'METRE')),
    side              text not null check (side in ('CREDIT', 'DEBIT')),
    member_id         uuid not null,
    counterparty_id   uuid not null,
    quantity          numeric(14, 3) not null,
    rate              numeric(12, 2),
    amount            numeric(14, 2),
    booking_id        uuid,
    source_event_id   uuid,
    reverses_entry_id uuid,
    usage_start       timestamptz,
    usage_end         timestamptz,
    offer_title       text,
    recorded_at       timestamptz not null default now(),
    recorded_by       text not null,
    note              text,
    constraint ledger_line_two_parties check (member_id <> counterparty_id),
    constraint ledger_line_quantity_not_zero check (quantity <> 0),
    constraint ledger_line_valued_consistently check ((rate is null) = (amount is null)),
    constraint ledger_line_one_side_per_entry unique (entry_id, side),
    constraint ledger_line_event_books_once unique (source_event_id, side),
    constraint ledger_line_reversed_once unique (reverses_entry_id, side),
    constraint ledger_line_reversal_names_entry check ((entry_kind = 'REVERSAL') = (reverses_entry_id is not null))
);
create index ledger_line_member_year on ledger_line (member_id, year, sector);
create index ledger_line_region_year on ledger_line (region_id, year, settlement_mode, side);
create index ledger_line_booking on ledger_line (booking_id);

-- The lock a close takes exclusively (see financial_year_close); every ledger change takes it shared first, so a
-- line either commits before a close reads the year or sees the close and is refused.
create function settlement_year_lock_shared(p_region uuid, p_year int) returns void language sql volatile as $$
    select pg_advisory_xact_lock_shared(hashtext('financial_year_close:' || p_region::text), p_year)
$$;

create function settlement_year_lock_exclusive(p_region uuid, p_year int) returns void language sql volatile as $$
    select pg_advisory_xact_lock(hashtext('financial_year_close:' || p_region::text), p_year)
$$;

-- The first year from p_year on that is not closed for the region, locked shared until the transaction ends.
create function settlement_open_year(p_region uuid, p_year int) returns int language plpgsql volatile as $$
declare
    y int := p_year;
begin
    loop
        perform settlement_year_lock_shared(p_region, y);
        if not exists (select 1 from financial_year_close c where c.region_id = p_region and c.year = y) then
            return y;
        end if;
        y := y + 1;
    end loop;
end
$$;

-- Refuses any insert, update or delete of a ledger line dated in a closed (region, year): SQLSTATE DPYC1.
create function ledger_refuse_closed_year() returns trigger language plpgsql as $$
declare
    r_region uuid := case when tg_op = 'DELETE' then old.region_id else new.region_id end;
    r_year   int  := case when tg_op = 'DELETE' then old.year else new.year end;
begin
    perform settlement_year_lock_shared(r_region, r_year);
    if exists (select 1 from financial_year_close c where c.region_id = r_region and c.year = r_year) then
        raise exception 'financial year % of region % is closed; its ledger cannot change', r_year, r_region
            using errcode = 'DPYC1';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

-- Refuses every update and delete: a ledger line, once written, is never changed; corrections are reversals.
create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger lines are immutable (% refused); book a reversal instead', tg_op using errcode = 'DPIM1';
end
$$;

-- Each entry is balanced: exactly one CREDIT and one DEBIT line with the same quantity and amount, checked at commit.
create function ledger_check_entry_balanced() returns trigger language plpgsql as $$
declare
    credits int;
    debits int;
    mismatched int;
begin
    select count(*) filter (where side = 'CREDIT'), count(*) filter (where side = 'DEBIT')
      into credits, debits from ledger_line where entry_id = new.entry_id;
    select count(*) into mismatched from ledger_line c join ledger_line d
        on d.entry_id = c.entry_id and d.side = 'DEBIT' and c.side = 'CREDIT'
     where c.entry_id = new.entry_id
       and (c.quantity <> d.quantity or c.amount is distinct from d.amount or c.member_id <> d.counterparty_id
            or c.counterparty_id <> d.member_id or c.year <> d.year or c.region_id <> d.region_id
            or c.sector <> d.sector or c.settlement_mode <> d.settlement_mode);
    if credits <> 1 or debits <> 1 or mismatched <> 0 then
        raise exception 'ledger entry % is not balanced (credits %, debits %, mismatched %)', new.entry_id, credits, debits, mismatched
            using errcode = 'DPBL1';
    end if;
    return null;
end
$$;

create trigger ledger_line_a_frozen_when_year_closed before insert or update or delete on ledger_line
    for each row execute function ledger_refuse_closed_year();
create trigger ledger_line_b_immutable before update or delete on ledger_line
    for each row execute function ledger_refuse_change();
create trigger ledger_line_c_no_truncate before truncate on ledger_line
    for each statement execute function ledger_refuse_change();
create constraint trigger ledger_line_d_balanced after insert on ledger_line
    deferrable initially deferred for each row execute function ledger_check_entry_balanced();
