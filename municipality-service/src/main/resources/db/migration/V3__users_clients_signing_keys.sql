-- People and API clients acting for a member, and the service's own token signing keys.

create table app_user (
    id             uuid primary key,
    member_id      uuid not null references member (id),
    name           text not null check (length(btrim(name)) > 0),
    email          text not null check (email = lower(email) and email like '%@%'),
    roles          text[] not null check (cardinality(roles) > 0 and roles <@ array['coordinator', 'dispatcher',
                                           'works-staff', 'accounting', 'member-admin']::text[]),
    password_hash  text not null,
    active         boolean not null default true,
    created_at     timestamptz not null default now(),
    deactivated_at timestamptz,
    version        bigint not null default 0,
    constraint app_user_email_unique unique (email),
    constraint app_user_deactivated_consistent check (active = (deactivated_at is null))
);
create index app_user_member on app_user (member_id, email);

create table api_client (
    id          uuid primary key,
    client_id   text not null unique check (client_id ~ '^[a-z0-9][a-z0-9-]{2,79}$'),
    member_id   uuid not null references member (id),
    name        text not null check (length(btrim(name)) > 0),
    roles       text[] not null check (cardinality(roles) > 0 and roles <@ array['coordinator', 'dispatcher',
                                        'works-staff', 'accounting', 'member-admin']::text[]),
    secret_hash text not null,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    version     bigint not null default 0
);
create index api_client_member on api_client (member_id, client_id);

-- RS256 key pairs; exactly one is CURRENT (signs new tokens), PREVIOUS keys still verify tokens issued before a
-- rotation, RETIRED keys are no longer published.
create table signing_key (
    kid         text primary key,
    algorithm   text not null default 'RS256' check (algorithm = 'RS256'),
    public_key  text not null,
    private_key text not null,
    state       text not null check (state in ('CURRENT', 'PREVIOUS', 'RETIRED')),
    created_at  timestamptz not null default now(),
    demoted_at  timestamptz
);
create unique index signing_key_one_current on signing_key (state) where state = 'CURRENT';
