-- The ledger change feed (GET /settlement/ledger/changes): one row per ledger line that was created (usage or
-- carry-over entry), reversed (a line of a reversal entry) or valued (a line whose entry got its valuation), written by
-- triggers in the transaction that made the change, so no path that writes the ledger can miss it.
--
-- Order and cursor: (txid, position). txid is the writing transaction's id (xid8, 64 bits, never wraps), position a
-- sequence for the order within a transaction. The feed hands out only rows whose txid lies below the xmin of the
-- reader's snapshot: every transaction with a smaller id has finished, so all of its rows are visible and no row can
-- later appear before the cursor. A sequence alone would not do: a transaction that took position 5 and commits after
-- one that took position 6 would be skipped by a reader whose cursor already passed 6. The price: a change is handed
-- out only once every transaction older than it has finished (normally milliseconds).

create table ledger_change (
    position   bigint generated always as identity primary key,
    txid       xid8 not null default pg_current_xact_id(),
    kind       text not null check (kind in ('ENTRY_CREATED', 'ENTRY_REVERSED', 'ENTRY_VALUED')),
    line_id    uuid not null references ledger_line (id),
    region_id  uuid not null,
    member_id  uuid not null,
    side       text not null,
    changed_at timestamptz not null default clock_timestamp()
);
create index ledger_change_member_order on ledger_change (member_id, txid, position);
create index ledger_change_region_order on ledger_change (region_id, side, txid, position);

create function ledger_change_line_written() returns trigger language plpgsql as $$
begin
    insert into ledger_change (kind, line_id, region_id, member_id, side)
    values (case when new.entry_kind = 'REVERSAL' then 'ENTRY_REVERSED' else 'ENTRY_CREATED' end,
            new.id, new.region_id, new.member_id, new.side);
    return null;
end
$$;

create function ledger_change_entry_valued() returns trigger language plpgsql as $$
begin
    insert into ledger_change (kind, line_id, region_id, member_id, side)
    select 'ENTRY_VALUED', l.id, l.region_id, l.member_id, l.side
      from ledger_line l where l.entry_id = new.entry_id order by l.side;
    return null;
end
$$;

create trigger ledger_line_e_change_feed after insert on ledger_line
    for each row execute function ledger_change_line_written();
create trigger ledger_valuation_e_change_feed after insert on ledger_valuation
    for each row execute function ledger_change_entry_valued();
create trigger ledger_change_a_immutable before update or delete on ledger_change
    for each row execute function ledger_refuse_change();
create trigger ledger_change_b_no_truncate before truncate on ledger_change
    for each statement execute function ledger_refuse_change();

-- The history so far, in the order it was recorded.
insert into ledger_change (kind, line_id, region_id, member_id, side, changed_at)
select case when l.entry_kind = 'REVERSAL' then 'ENTRY_REVERSED' else 'ENTRY_CREATED' end,
       l.id, l.region_id, l.member_id, l.side, l.recorded_at
  from ledger_line l order by l.recorded_at, l.entry_id, l.side;
insert into ledger_change (kind, line_id, region_id, member_id, side, changed_at)
select 'ENTRY_VALUED', l.id, l.region_id, l.member_id, l.side, v.valued_at
  from ledger_valuation v join ledger_line l on l.entry_id = v.entry_id order by v.valued_at, l.entry_id, l.side;
