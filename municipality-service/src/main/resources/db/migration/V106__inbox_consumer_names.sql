-- Consumers claim events in the inbox as <service>/<topic> (docs/ARCHITECTURE.md, "Consumers"); the claims made under
-- the earlier name keep protecting against redeliveries.
update processed_event set consumer = 'municipality-service/booking-events' where consumer = 'settlement-ledger';
