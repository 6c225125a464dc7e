-- Credentials whose tokens are no longer accepted (platform-commons RevokedCredentials), from CredentialRevoked events.
create table if not exists revoked_credential (
    subject    text primary key,
    revoked_at timestamptz not null default now()
);
