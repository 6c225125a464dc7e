-- Valuation of ledger entries recorded before their year's rates existed. The original lines stay untouched (they
-- are immutable); a valuation row gives the entry its rate and amount once, when the year's rates are published or
-- at the latest when the year is closed. An entry is valued at most once: the primary key on entry_id.

create table ledger_valuation (
    entry_id  uuid primary key,
    region_id uuid not null,
    year      int not null,
    rate_year int not null,
    rate      numeric(12, 2) not null,
    amount    numeric(14, 2) not null,
    valued_at timestamptz not null default now(),
    valued_by text not null,
    cause     text not null check (cause in ('RATES_PUBLISHED', 'YEAR_CLOSE'))
);
create index ledger_valuation_region_year on ledger_valuation (region_id, year);

-- Only an existing entry without an amount of its own can be valued (SQLSTATE DPVL1).
create function ledger_valuation_check_entry() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from ledger_line l where l.entry_id = new.entry_id and l.side = 'CREDIT' and l.amount is null
                      and l.region_id = new.region_id and l.year = new.year) then
        raise exception 'ledger entry % does not exist in region % year % or already has an amount', new.entry_id, new.region_id, new.year
            using errcode = 'DPVL1';
    end if;
    return new;
end
$$;

create trigger ledger_valuation_a_frozen_when_year_closed before insert or update or delete on ledger_valuation
    for each row execute function ledger_refuse_closed_year();
create trigger ledger_valuation_b_immutable before update or delete on ledger_valuation
    for each row execute function ledger_refuse_change();
create trigger ledger_valuation_c_no_truncate before truncate on ledger_valuation
    for each statement execute function ledger_refuse_change();
create trigger ledger_valuation_d_entry_unvalued before insert on ledger_valuation
    for each row execute function ledger_valuation_check_entry();

-- Every ledger line with the value it carries: its own rate and amount, else its entry's valuation (null: not valued).
create view ledger_line_valued as
select l.*, coalesce(l.rate, v.rate) as valued_rate, coalesce(l.amount, v.amount) as valued_amount, v.valued_at
  from ledger_line l
  left join ledger_valuation v on v.entry_id = l.entry_id;

-- Values, set-based, every unvalued usage or reversal entry of the region that p_year's rates can value: entries of
-- p_year and reversals of p_year's entries booked in a later open year (valued at the reversed entry's year's rate,
-- so that both cancel). Entries whose category has no rate of matching unit stay unvalued. Returns how many.
create function settlement_value_entries(p_region uuid, p_year int, p_actor text, p_cause text) returns int
    language sql volatile as $$
    with valued as (
        insert into ledger_valuation (entry_id, region_id, year, rate_year, rate, amount, valued_by, cause)
        select l.entry_id, l.region_id, l.year, coalesce(o.year, l.year), r.amount, round(l.quantity * r.amount, 2), p_actor, p_cause
          from ledger_line l
          left join ledger_line o on o.entry_id = l.reverses_entry_id and o.side = 'CREDIT'
          join rate r on r.region_id = l.region_id and r.year = coalesce(o.year, l.year) and r.sector = l.sector
                     and r.category = l.category and r.unit = l.unit
         where l.region_id = p_region and l.side = 'CREDIT' and l.amount is null
           and l.entry_kind in ('USAGE', 'REVERSAL')
           and (l.year = p_year or coalesce(o.year, l.year) = p_year)
           and not exists (select 1 from financial_year_close c where c.region_id = l.region_id and c.year = l.year)
         order by l.entry_id
        on conflict (entry_id) do nothing
        returning 1)
    select count(*)::int from valued
$$;
