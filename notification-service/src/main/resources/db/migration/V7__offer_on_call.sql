-- Whom an offer's owner alerts when an emergency request books it (from pool-events; docs/NOTIFICATIONS.md).
alter table offer add column on_call_name text;
alter table offer add column on_call_email text;
alter table offer add column on_call_phone text;
