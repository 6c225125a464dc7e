-- The client's own reference on a booking: its order number (e.g. from a Wassermeister's software) and its cost
-- centre (Haushaltsstelle). Both optional, single line, at most 64 characters; settlement prints them on ledger
-- lines, statements and invoices (BT-13 purchase order reference).
alter table booking
    add column external_reference varchar(64),
    add column cost_centre varchar(64),
    add constraint booking_external_reference_single_line check (external_reference !~ '[[:cntrl:]]'),
    add constraint booking_cost_centre_single_line check (cost_centre !~ '[[:cntrl:]]');
