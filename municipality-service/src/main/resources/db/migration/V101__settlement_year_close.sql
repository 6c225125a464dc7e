-- Results of a year-end close: the netted balance of every member pair per sector, the payments it leads to
-- (bilateral and multilateral through the pool), and one statement per member and sector. All of it is written in
-- the close's transaction together with the financial_year_close row, and none of it may change afterwards.

create table settlement_year_close (
    region_id       uuid not null,
    year            int not null,
    netting         text not null check (netting in ('BILATERAL', 'MULTILATERAL')),
    tolerance_hours numeric(12, 2) not null,
    remainder       text not null check (remainder in ('CARRY_OVER', 'PAY')),
    hours_per_day   numeric(5, 2) not null,
    line_count      bigint not null,
    closed_at       timestamptz not null default now(),
    closed_by       text not null,
    primary key (region_id, year),
    constraint settlement_year_close_is_financial_close foreign key (region_id, year)
        references financial_year_close (region_id, year) deferrable initially deferred
);

create table settlement_pair_result (
    region_id        uuid not null,
    year             int not null,
    sector           text not null check (sector in ('WATER_SUPPLY', 'WASTEWATER')),
    member_a         uuid not null,
    member_b         uuid not null,
    net_hours        numeric(16, 3) not null,
    net_value_time   numeric(16, 2) not null,
    net_value_metre  numeric(16, 2) not null,
    treatment        text not null check (treatment in ('BALANCED', 'FORGIVEN', 'CARRIED_OVER', 'PAID')),
    payable          numeric(16, 2) not null,
    carry_over_entry uuid,
    line_count       int not null,
    primary key (region_id, year, sector, member_a, member_b),
    constraint settlement_pair_ordered check (member_a < member_b),
    foreign key (region_id, year) references settlement_year_close (region_id, year)
);

create table settlement_payment (
    id        uuid primary key,
    region_id uuid not null,
    year      int not null,
    sector    text not null check (sector in ('WATER_SUPPLY', 'WASTEWATER')),
    netting   text not null check (netting in ('BILATERAL', 'MULTILATERAL')),
    payer_id  uuid,
    payee_id  uuid,
    amount    numeric(16, 2) not null check (amount > 0),
    constraint settlement_payment_parties check ((payer_id is not null or payee_id is not null)
        and (payer_id is distinct from payee_id)
        and (netting = 'BILATERAL') = (payer_id is not null and payee_id is not null)),
    foreign key (region_id, year) references settlement_year_close (region_id, year)
);
create index settlement_payment_year on settlement_payment (region_id, year, sector);

create table settlement_statement (
    id         uuid primary key,
    region_id  uuid not null,
    year       int not null,
    member_id  uuid not null,
    sector     text not null check (sector in ('WATER_SUPPLY', 'WASTEWATER')),
    created_at timestamptz not null default now(),
    unique (region_id, year, member_id, sector),
    foreign key (region_id, year) references settlement_year_close (region_id, year)
);

-- Tax registration of a member for e-invoices (Steuernummer, USt-IdNr.): needed on water-supply invoices.
create table settlement_tax_registration (
    member_id  uuid primary key,
    tax_number text,
    vat_id     text,
    updated_at timestamptz not null default now(),
    check (tax_number is not null or vat_id is not null)
);

create trigger settlement_year_close_immutable before update or delete on settlement_year_close
    for each row execute function ledger_refuse_change();
create trigger settlement_pair_result_immutable before update or delete on settlement_pair_result
    for each row execute function ledger_refuse_change();
create trigger settlement_payment_immutable before update or delete on settlement_payment
    for each row execute function ledger_refuse_change();
create trigger settlement_statement_immutable before update or delete on settlement_statement
    for each row execute function ledger_refuse_change();
