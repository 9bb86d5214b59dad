#!/usr/bin/env bash
# A PostgreSQL cluster on this machine, for capacity, spread and soak runs (issue 19; not used by the tests):
# N headless silos (default 3) and one web node as a pure cluster client, all on the local PostgreSQL that
# deploy/postgres/dev-setup.sh starts, sharing one master key file. Release builds. Ctrl-C stops every process.
#   scripts/local-cluster.sh [silos]      # web on http://localhost:5300 (admin / $BANKHIRE_ADMIN_PASSWORD)
# Then, e.g.: dotnet run -c Release --project tests/BankHire.Load -- interview http://localhost:5300 admin "$BANKHIRE_ADMIN_PASSWORD" 100 --spread
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
silos="${1:-3}"
data="$(realpath -m "${BANKHIRE_CLUSTER_DATA:-/tmp/bankhire-local-cluster}")"
mkdir -p "$data"
export BANKHIRE_ADMIN_PASSWORD="${BANKHIRE_ADMIN_PASSWORD:-Local-Cluster-1!}"
database="${BANKHIRE_CLUSTER_DATABASE:-bankhire_cluster}"
# A database of its own (never the tests'); a fresh data folder means a new master key, so the old rows could not be read.
if [ ! -f "$data/master-keys.json" ] && command -v psql >/dev/null; then
  for db in "$database" "${database}_keys"; do
    runuser -u postgres -- psql -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >&2 2>/dev/null || true
  done
fi
# Every node pools connections to two databases (data and key store): (silos + 1 web) × 2 × 10 stays under PostgreSQL's
# default max_connections of 100 for up to 3 silos (the default pool of 20 ran out of slots: 53300, answered as 503s).
connection="$(BANKHIRE_PG_DATABASE="$database" "$root/deploy/postgres/dev-setup.sh" | tail -n 1);Maximum Pool Size=${BANKHIRE_CLUSTER_POOL:-10}"
cluster="local-$(date +%s)"

dotnet build "$root/silo/BankHire.Silo/BankHire.Silo.csproj" -c Release -v quiet -nologo
dotnet build "$root/web-frontend/BankHire.Web.csproj" -c Release -v quiet -nologo
"$root/scripts/build-console.sh" >&2

export BankHire__ClusterId="$cluster" BankHire__ServiceId=bankhire-local
export BankHire__Storage__Provider=Postgres BankHire__Storage__ConnectionString="$connection"
export BankHire__Storage__MasterKeyFile="$data/master-keys.json"
export BankHire__Security__InvitationKey="${BANKHIRE_INVITATION_KEY:-$(printf 'local-cluster-invitation-key-32b' | base64)}"
export BankHire__AdvertisedAddress=127.0.0.1
export BankHire__Admin__UserName=admin BankHire__Admin__Password="$BANKHIRE_ADMIN_PASSWORD"
silo_dll="$root/silo/BankHire.Silo/bin/Release/net10.0/BankHire.Silo.dll"
dotnet "$silo_dll" schema apply

pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM
for i in $(seq 1 "$silos"); do
  mkdir -p "$data/silo$i"
  (cd "$root/silo/BankHire.Silo" && BankHire__Role=Silo BankHire__SiloName="silo$i" BankHire__DataDirectory="$data/silo$i" \
    BankHire__SiloPort=$((11110 + i)) BankHire__GatewayPort=$((30000 + i)) Urls="http://localhost:$((5100 + i))" \
    BankHire__Demo__Seed=false \
    exec dotnet "$silo_dll" > "$data/silo$i.log" 2>&1) &
  pids+=($!)
  # One silo at a time joins; the web node seeds the demo bank.
  until curl -sf "http://localhost:$((5100 + i))/health/live" >/dev/null; do sleep 1; done
  echo "silo$i up (log $data/silo$i.log)" >&2
done
mkdir -p "$data/web"
(cd "$root/web-frontend" && BankHire__Role=Client BankHire__DataDirectory="$data/web" BankHire__Demo__Seed=true \
  Urls=http://localhost:5300 exec dotnet "$root/web-frontend/bin/Release/net10.0/BankHire.Web.dll" > "$data/web.log" 2>&1) &
pids+=($!)
echo "web (pure client) on http://localhost:5300, log $data/web.log; admin password: $BANKHIRE_ADMIN_PASSWORD" >&2
wait
