-- A person's signed-in session (OAuth2 refresh_token grant, docs/IDENTITY.md). The refresh token is kept only as a
-- SHA-256 hash and rotated on every use; the hash it replaced stays accepted for a short grace, so two refreshes
-- racing with the same token agree on one successor. Access tokens of the session carry its id as claim sid.
create table user_session (
    id                    uuid primary key,
    user_id               uuid not null references app_user (id),
    refresh_hash          text not null,
    previous_refresh_hash text,
    rotated_at            timestamptz,
    created_at            timestamptz not null,
    last_used_at          timestamptz not null,
    idle_expires_at       timestamptz not null,
    expires_at            timestamptz not null,
    revoked_at            timestamptz,
    constraint user_session_idle_within_lifetime check (idle_expires_at <= expires_at)
);
create index user_session_user on user_session (user_id, expires_at);
