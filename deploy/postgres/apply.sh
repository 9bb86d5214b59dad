#!/usr/bin/env bash
# Applies the BankHire Orleans schema (clustering, grain persistence, reminders) to a PostgreSQL 15+ database.
# Idempotent: run it on every deployment; it changes nothing that is already up to date.
#
#   deploy/postgres/apply.sh "host=db.example port=5432 dbname=bankhire user=bankhire"
#   deploy/postgres/apply.sh "postgresql://bankhire@db.example:5432/bankhire?sslmode=require"
#
# Each NNN-*.sql script runs in its own transaction (all of it or none of it), in file-name order;
# the first error stops the run with a non-zero exit code. The password comes from the URL,
# PGPASSWORD or ~/.pgpass. Requires psql (Debian: apt-get install postgresql-client).
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 \"<libpq connection string or postgresql:// URL>\"" >&2
  exit 2
fi
connection="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

shopt -s nullglob
scripts=("$here"/[0-9][0-9][0-9]-*.sql)
if [ ${#scripts[@]} -eq 0 ]; then
  echo "apply.sh: no NNN-*.sql scripts in $here" >&2
  exit 1
fi

for script in "${scripts[@]}"; do
  echo "applying $(basename "$script")" >&2
  # The SET only hides the "already exists, skipping" notices of a re-run.
  psql "$connection" --no-psqlrc --quiet --set ON_ERROR_STOP=1 --single-transaction \
    --command "SET LOCAL client_min_messages = warning" --file "$script"
done
echo "schema is up to date" >&2
