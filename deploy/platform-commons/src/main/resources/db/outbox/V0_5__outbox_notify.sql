-- Wakes the outbox relay when a transaction that wrote the outbox commits (docs/EVENTS.md): a statement-level trigger
-- queues a notification on the channel 'outbox', which PostgreSQL delivers to every listening relay of this database
-- only if and when the transaction commits (several in one transaction are delivered once). Every writer of the table
-- wakes the relay this way, whether it goes through Outbox.publish or writes the row inside a larger statement.
create or replace function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox', '');
    return null;
end
$$;

create or replace trigger outbox_event_notify after insert on outbox_event
    for each statement execute function outbox_event_notify();
