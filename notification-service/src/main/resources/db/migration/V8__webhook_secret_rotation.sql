-- Secrets an endpoint had before its latest rotations: deliveries are signed with them too until valid_until, so a
-- receiver keeps verifying while it switches to the new secret (Standard Webhooks, docs/NOTIFICATIONS.md).
create table webhook_previous_secret (
    endpoint_id uuid not null references webhook_endpoint (id) on delete cascade,
    secret      text not null,
    valid_until timestamptz not null,
    primary key (endpoint_id, secret)
);
alter table webhook_endpoint add column previous_secrets_valid_until timestamptz;
