-- Consumers claim events in the inbox as <service>/<topic> (docs/ARCHITECTURE.md, "Consumers"). The three consumers
-- of this service shared the name notification-service, and a claim does not record its topic, so each earlier claim
-- is kept under all three names: an event id belongs to one topic, so the two extra copies never match a message.
insert into processed_event (consumer, event_id, processed_at)
select c.name, p.event_id, p.processed_at
  from processed_event p
 cross join (values ('notification-service/booking-events'), ('notification-service/member-events'),
                    ('notification-service/pool-events')) as c (name)
 where p.consumer = 'notification-service'
    on conflict do nothing;
delete from processed_event where consumer = 'notification-service';
