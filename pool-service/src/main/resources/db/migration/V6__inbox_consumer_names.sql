-- Consumers claim events in the inbox as <service>/<topic> (docs/ARCHITECTURE.md, "Consumers"); the claims made under
-- the earlier names keep protecting against redeliveries.
update processed_event set consumer = 'pool-service/booking-events' where consumer = 'pool-service.busy-periods';
update processed_event set consumer = 'pool-service/member-events' where consumer = 'pool-service.members';
