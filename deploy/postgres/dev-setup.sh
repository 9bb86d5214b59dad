#!/usr/bin/env bash
# Local/CI PostgreSQL for BankHire: installs the server if missing, starts it, creates the role
# and database, and prints the connection string (last line of stdout) for BANKHIRE_TEST_POSTGRES.
#
#   export BANKHIRE_TEST_POSTGRES="$(deploy/postgres/dev-setup.sh | tail -n 1)"
#
# Settings (environment): BANKHIRE_PG_USER, BANKHIRE_PG_PASSWORD, BANKHIRE_PG_DATABASE, BANKHIRE_PG_PORT.
set -euo pipefail

user="${BANKHIRE_PG_USER:-bankhire}"
password="${BANKHIRE_PG_PASSWORD:-bankhire}"
database="${BANKHIRE_PG_DATABASE:-bankhire_test}"
port="${BANKHIRE_PG_PORT:-5432}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
log() { echo "dev-setup: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  log "installing PostgreSQL"
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

cluster="$(pg_lsclusters --no-header | head -n 1)"
if [ -z "$cluster" ]; then
  version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
  log "creating cluster $version/main"
  as_root pg_createcluster --port "$port" "$version" main >&2
  cluster="$(pg_lsclusters --no-header | head -n 1)"
fi
read -r version name cluster_port status _ <<<"$cluster"

if [ "$status" != "online" ]; then
  log "starting cluster $version/$name"
  as_root pg_ctlcluster "$version" "$name" start >&2
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$cluster_port" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$cluster_port" >&2

sql() { as_postgres psql -v ON_ERROR_STOP=1 -q -p "$cluster_port" -d postgres "$@"; }

# CREATEDB lets a test run use a database of its own if it prefers that to a schema.
sql -v user="$user" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'user', :'password') \gexec
SQL
sql -v user="$user" -v database="$database" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'user')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SQL

echo "Host=127.0.0.1;Port=$cluster_port;Username=$user;Password=$password;Database=$database"
