-- The client's own reference from the booking (booking-events' externalReference and costCentre): its order number
-- and its cost centre (Haushaltsstelle), on both lines of a usage entry and of its reversal. Printed on statements and
-- used in XRechnung invoices (BT-13, and BT-10 where the buyer has no Leitweg-ID). Lines are immutable; a line booked
-- before this column existed simply has none.
alter table ledger_line
    add column external_reference varchar(64),
    add column cost_centre varchar(64);
