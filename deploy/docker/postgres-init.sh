#!/usr/bin/env bash
# One database per service, each with two logins (docs/SECURITY.md, "Databases"):
#   <db>_owner  owns the database and its schema; only the migration step (Flyway) logs in with it
#   <db>_app    the running service: reads and writes rows (and vacuums them), cannot change the schema,
#               cannot connect to any other service's database
# Docker Compose runs this once, when the PostgreSQL container initialises an empty data volume. For a PostgreSQL
# of the county's platform (Kubernetes), run it once as that server's administrator with psql's usual PG* variables:
#   PGHOST=... PGUSER=<admin> MUNICIPALITY_DB_PASSWORD=... (all eight passwords) deploy/docker/postgres-init.sh
set -euo pipefail

provision() {
  local db=$1 owner_password=$2 app_password=$3
  psql -v ON_ERROR_STOP=1 --no-psqlrc --dbname postgres \
    -v db="$db" -v owner="${db}_owner" -v app="${db}_app" \
    -v owner_password="$owner_password" -v app_password="$app_password" <<'SQL'
create role :"owner" login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role :"app" login nosuperuser nocreatedb nocreaterole password :'app_password';
-- the service's errors are answered to the service (a refused overlap is a 409, not an error to archive); the server
-- log keeps the server's own events and the errors of people and migrations (docs/OPERATIONS.md, "Logs")
alter role :"app" set log_min_messages = 'log';
create database :"db" owner :"owner";
revoke all on database :"db" from public;
grant connect on database :"db" to :"app";
\connect :"db"
revoke create on schema public from public;
alter default privileges for role :"owner" in schema public
  grant select, insert, update, delete, maintain on tables to :"app";
alter default privileges for role :"owner" in schema public
  grant usage, select, update on sequences to :"app";
SQL
}

provision municipality "${MUNICIPALITY_DB_OWNER_PASSWORD:?}" "${MUNICIPALITY_DB_PASSWORD:?}"
provision pool "${POOL_DB_OWNER_PASSWORD:?}" "${POOL_DB_PASSWORD:?}"
provision booking "${BOOKING_DB_OWNER_PASSWORD:?}" "${BOOKING_DB_PASSWORD:?}"
provision notification "${NOTIFICATION_DB_OWNER_PASSWORD:?}" "${NOTIFICATION_DB_PASSWORD:?}"

# pool-service's schema uses earthdistance, which PostgreSQL lets only a superuser create (not a trusted extension)
psql -v ON_ERROR_STOP=1 --no-psqlrc --dbname pool \
  -c 'create extension if not exists cube schema public' \
  -c 'create extension if not exists earthdistance schema public'
