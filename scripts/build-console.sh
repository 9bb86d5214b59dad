#!/usr/bin/env bash
# Builds the HR console (web-frontend/console-app: Vue 3 + Element Plus + Vite + TypeScript) into
# web-frontend/wwwroot/hr, which the web app serves at /hr/. Packages come from the npm registry, pinned by
# package-lock.json (`npm ci`); nothing is fetched when the app runs. Skips `npm ci` while node_modules matches the lock.
#   scripts/build-console.sh
set -euo pipefail
app="$(cd "$(dirname "${BASH_SOURCE[0]}")/../web-frontend/console-app" && pwd)"
command -v npm >/dev/null || { echo "npm is missing: apt-get install nodejs (Node 20.19+ with npm)" >&2; exit 1; }
cd "$app"
stamp=node_modules/.package-lock.sha256
if ! sha256sum -c --quiet "$stamp" &>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json > "$stamp"
fi
npm run --silent build
