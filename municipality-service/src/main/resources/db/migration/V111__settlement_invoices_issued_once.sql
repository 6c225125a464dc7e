-- Invoices are issued once: numbered per region and issue year without gaps, stored as issued (the XRechnung XML),
-- and never changed. A correction is a credit note (type code 381) that names the invoice it corrects.

-- The number series of a region for one issue year: the last number taken. It moves only when an invoice is inserted
-- (the invoice's insert trigger advances it by exactly one, in the invoice's transaction).
create table settlement_invoice_series (
    region_id     uuid not null references region (id),
    year          int not null check (year between 2000 and 2100),
    last_sequence int not null default 0 check (last_sequence >= 0),
    primary key (region_id, year)
);

create table settlement_invoice (
    id                  uuid primary key,
    region_id           uuid not null references region (id),
    year                int not null,
    sequence            int not null check (sequence > 0),
    number              text not null,
    type_code           text not null check (type_code in ('380', '381')),
    booking_id          uuid,
    payment_id          uuid references settlement_payment (id),
    corrects_invoice_id uuid references settlement_invoice (id),
    seller_id           uuid,
    buyer_id            uuid,
    sector              text not null check (sector in ('WATER_SUPPLY', 'WASTEWATER')),
    net_amount          numeric(16, 2) not null,
    issue_date          date not null,
    issued_at           timestamptz not null default now(),
    issued_by           text not null,
    xml                 bytea not null,
    constraint settlement_invoice_number_unique unique (region_id, number),
    constraint settlement_invoice_sequence_unique unique (region_id, year, sequence),
    constraint settlement_invoice_year_of_issue check (extract(year from issue_date) = year),
    constraint settlement_invoice_one_source check (num_nonnulls(booking_id, payment_id) = 1),
    constraint settlement_invoice_credit_note_corrects check ((type_code = '381') = (corrects_invoice_id is not null)),
    constraint settlement_invoice_two_parties check (seller_id is distinct from buyer_id
                                                     and (seller_id is not null or buyer_id is not null))
);
-- One invoice per booking and per payment, one credit note per invoice.
create unique index settlement_invoice_booking_once on settlement_invoice (booking_id) where type_code = '380';
create unique index settlement_invoice_payment_once on settlement_invoice (payment_id) where type_code = '380';
create unique index settlement_invoice_credited_once on settlement_invoice (corrects_invoice_id);
create index settlement_invoice_seller on settlement_invoice (seller_id, year);
create index settlement_invoice_buyer on settlement_invoice (buyer_id, year);

-- Each insert takes the next number of its region's series for its issue year: it advances the counter by one and
-- must carry exactly that number (SQLSTATE DPIN1). The counter row stays locked until the commit, so concurrent issues
-- of a region and year queue; a failed issue rolls the counter back with it: no gap, no duplicate.
create function settlement_invoice_take_number() returns trigger language plpgsql as $$
declare
    taken int;
begin
    update settlement_invoice_series set last_sequence = last_sequence + 1
     where region_id = new.region_id and year = new.year
    returning last_sequence into taken;
    if taken is null or taken <> new.sequence then
        raise exception 'invoice % must carry number % of the series of region % for %', new.number, taken, new.region_id, new.year
            using errcode = 'DPIN1';
    end if;
    return new;
end
$$;

-- The counter moves only by one and only from an invoice's insert (trigger depth 2); it is never deleted.
create function settlement_invoice_series_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or pg_trigger_depth() < 2 or new.last_sequence <> old.last_sequence + 1
       or new.region_id <> old.region_id or new.year <> old.year then
        raise exception 'an invoice number series moves only by issuing an invoice (% refused)', tg_op using errcode = 'DPIN1';
    end if;
    return new;
end
$$;

-- Refuses every update and delete: an issued invoice is never changed; a correction is a credit note.
create function settlement_invoice_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'issued invoices are immutable (% refused); issue a credit note instead', tg_op using errcode = 'DPIM1';
end
$$;

create trigger settlement_invoice_a_numbered before insert on settlement_invoice
    for each row execute function settlement_invoice_take_number();
create trigger settlement_invoice_b_immutable before update or delete on settlement_invoice
    for each row execute function settlement_invoice_refuse_change();
create trigger settlement_invoice_c_no_truncate before truncate on settlement_invoice
    for each statement execute function settlement_invoice_refuse_change();
create trigger settlement_invoice_series_a_guarded before update or delete on settlement_invoice_series
    for each row execute function settlement_invoice_series_guard();
create trigger settlement_invoice_series_b_no_truncate before truncate on settlement_invoice_series
    for each statement execute function settlement_invoice_refuse_change();
