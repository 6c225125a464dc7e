-- Who changed what and when (platform-commons AuditTrail): one row per change, written in the change's transaction.
create table audit_record (
    id              uuid primary key,
    object_type     text        not null,
    object_id       text        not null,
    action          text        not null,
    actor_subject   text        not null,
    actor_member_id uuid,
    changes         jsonb       not null,
    recorded_at     timestamptz not null default now()
);
create index audit_record_object on audit_record (object_type, object_id, recorded_at);

create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are never changed or deleted';
end $$;
create trigger audit_record_append_only before update or delete on audit_record
    for each statement execute function audit_record_append_only();
