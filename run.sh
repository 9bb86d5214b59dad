#!/usr/bin/env bash
# Runs BankHire on this machine: the web app with its co-hosted silo, the embedded database under ./data,
# and a demo bank (branches, four jobs, candidates). Open http://localhost:5000 and sign in as admin.
#
#   ./run.sh                        # first run prints the generated admin password
#   BANKHIRE_ADMIN_PASSWORD=... ./run.sh
#
# Settings: BANKHIRE_DATA (data folder, default ./data), BANKHIRE_URL (default http://localhost:5000).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$root/scripts/apt-needs.sh"
ensure_packages "${RUNTIME_PACKAGES[@]}"
ensure_npm
# Face check-in's recognition weights (npm, pinned); without them face verification says "not available".
"$root/scripts/fetch-face-recognition-model.sh" >&2 || echo "Face recognition model not fetched: face check-in will say it is not available." >&2

data="$(realpath -m "${BANKHIRE_DATA:-$root/data}")"
mkdir -p "$data"
password_file="$data/admin-password.txt"
if [ -z "${BANKHIRE_ADMIN_PASSWORD:-}" ]; then
  if [ ! -s "$password_file" ]; then
    # Never a password in the repository: a random one per installation, readable by this user only.
    (umask 077; printf 'Bh7-%s!' "$(head -c 18 /dev/urandom | base64 | tr -d '/+=')" > "$password_file")
    echo "First run: the admin password is in $password_file" >&2
  fi
  BANKHIRE_ADMIN_PASSWORD="$(cat "$password_file")"
fi

# The HR console at /hr/ (Vue + Element Plus, from npm with the committed lock file).
"$root/scripts/build-console.sh" >&2
dotnet build "$root/web-frontend/BankHire.Web.csproj" -c Release -v quiet -nologo
echo "BankHire: ${BANKHIRE_URL:-http://localhost:5000}  (user admin, password: $BANKHIRE_ADMIN_PASSWORD)" >&2
cd "$root/web-frontend"
export Urls="${BANKHIRE_URL:-http://localhost:5000}"
export BankHire__DataDirectory="$data"
export BankHire__Admin__UserName=admin
export BankHire__Admin__Password="$BANKHIRE_ADMIN_PASSWORD"
export BankHire__Demo__Seed="${BANKHIRE_DEMO_SEED:-true}"
exec dotnet "$root/web-frontend/bin/Release/net10.0/BankHire.Web.dll"
