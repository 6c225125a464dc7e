-- The consumers' inbox (platform-commons Inbox): each event id a consumer (<service>/<topic>) has processed, claimed in
-- the transaction of its effect. Platform migrations use versions 0.x, below every service's own (from 1), and may run
-- out of order on a database whose tables came from the services' earlier copies of them, hence "if not exists".
create table if not exists processed_event (
    consumer     text not null,
    event_id     uuid not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
