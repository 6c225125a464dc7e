-- notification-service publishes nothing: its outbox table (from the platform tables every service used to copy) goes.
drop table if exists outbox_event;
