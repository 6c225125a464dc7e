-- A booking is booked into the ledger once: one usage entry (and at most one reversal of it) per booking, whatever
-- event ids arrive. settlement's consumer refuses a second completion of a booking before it gets here; this index
-- is what holds when two arrive at once.
create unique index ledger_line_booking_books_once on ledger_line (booking_id, entry_kind, side)
    where booking_id is not null;
