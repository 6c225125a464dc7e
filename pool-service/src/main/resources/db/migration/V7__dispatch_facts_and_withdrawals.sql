-- When things go wrong (docs/POOL.md): an offer states whether its owner allows emergency requests to book it and
-- who is on call, and a standby (or service) offer names the person or crew it provides. The busy-period projection
-- learns the HELD status (a waitlist slot, which occupies the offer) and WITHDRAWN/EXPIRED (which free it);
-- withdrawals are counted per offer in utilisation.

alter table offer add column emergency_use boolean not null default false;
alter table offer add column on_call_name text;
alter table offer add column on_call_email text;
alter table offer add column on_call_phone text;
alter table offer add column person_id uuid;
alter table offer add column person_name text;
alter table offer add constraint offer_emergency_has_on_call check (not emergency_use or on_call_email is not null);

drop index busy_period_blocking;
alter table busy_period drop column blocks;
alter table busy_period add column blocks boolean generated always as
    (status in ('HELD', 'REQUESTED', 'CONFIRMED', 'IN_USE', 'COMPLETED')) stored;
create index busy_period_blocking on busy_period using gist (offer_id, period) where blocks;
create index busy_period_withdrawn on busy_period (offer_id, start_at) where status = 'WITHDRAWN';

-- HELD ranks first in the lifecycle now; the stored ranks move with it (they only break ties of equal occurred_at).
update busy_period set status_rank = case status when 'REQUESTED' then 2 when 'CONFIRMED' then 3 when 'IN_USE' then 4
    when 'COMPLETED' then 6 else 5 end;
