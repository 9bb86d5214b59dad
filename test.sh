#!/usr/bin/env bash
# Runs every BankHire test on this machine: installs the Debian packages the tests use, starts a local
# PostgreSQL (deploy/postgres/dev-setup.sh) for the storage, schema and multi-silo tests, then dotnet test.
#   ./test.sh                 # extra arguments go to dotnet test, e.g. ./test.sh --filter Api
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$root/scripts/apt-needs.sh"
ensure_packages "${TEST_PACKAGES[@]}"
ensure_npm
# The vision tests take public-domain face photos out of Debian packages with apt-get download.
if ! apt-cache show opencv-doc >/dev/null 2>&1; then as_root apt-get update -qq >&2; fi
# Face check-in compares faces with face-api's recognition weights, from npm (pinned, checksummed, cached).
"$root/scripts/fetch-face-recognition-model.sh" >&2
# The media object store tests run against s3rver, a real local S3 server (npm, pinned).
"$root/scripts/install-s3rver.sh" >&2

if [ -z "${BANKHIRE_TEST_POSTGRES:-}" ]; then
  BANKHIRE_TEST_POSTGRES="$("$root/deploy/postgres/dev-setup.sh" | tail -n 1)"
  export BANKHIRE_TEST_POSTGRES
fi

cd "$root"
started=$(date +%s)
# The HR console at /hr/ (Vue + Element Plus, from npm with the committed lock file).
"$root/scripts/build-console.sh" >&2
dotnet build BankHire.sln -nologo -v quiet
# The documented schema command (idempotent), the same one operators run against a cluster database.
BankHire__Storage__Provider=Postgres BankHire__Storage__ConnectionString="$BANKHIRE_TEST_POSTGRES" \
  dotnet silo/BankHire.Silo/bin/Debug/net10.0/BankHire.Silo.dll schema apply
dotnet test BankHire.sln --no-build -nologo "$@"
echo "test.sh: finished in $(( $(date +%s) - started )) s" >&2
