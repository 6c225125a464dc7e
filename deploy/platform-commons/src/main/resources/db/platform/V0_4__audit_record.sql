-- Who changed what and when (platform-commons AuditTrail): one row per change, written in the change's transaction.
-- A platform migration (version 0.x, may run out of order, hence "if not exists" and "or replace"), so every service
-- can record a history without a migration of its own.
create table if not exists audit_record (
    id              uuid primary key,
    object_type     text        not null,
    object_id       text        not null,
    action          text        not null,
    actor_subject   text        not null,
    actor_member_id uuid,
    changes         jsonb       not null,
    recorded_at     timestamptz not null default now()
);
create index if not exists audit_record_object on audit_record (object_type, object_id, recorded_at);

-- Append-only: the service's login may insert rows, but no statement changes or removes one.
create or replace function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are never changed or deleted';
end $$;
create or replace trigger audit_record_append_only before update or delete or truncate on audit_record
    for each statement execute function audit_record_append_only();
