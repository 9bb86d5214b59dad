#!/usr/bin/env bash
# Installs s3rver (npm, pinned), the real local S3 server the media object store tests run against, into a cache
# folder; nothing is fetched when it is there already. Tests find it there, or in the folder BANKHIRE_S3RVER names.
#   scripts/install-s3rver.sh        # → ${XDG_CACHE_HOME:-~/.cache}/bankhire/s3rver/node_modules/.bin/s3rver
set -euo pipefail
version=3.7.1
cache="${XDG_CACHE_HOME:-$HOME/.cache}/bankhire/s3rver"
if [ -x "$cache/node_modules/.bin/s3rver" ] && [ "$("$cache/node_modules/.bin/s3rver" --version 2>/dev/null)" = "$version" ]; then
  echo "cached: $cache"; exit 0
fi
mkdir -p "$cache"
npm install --prefix "$cache" --no-audit --no-fund --silent "s3rver@$version" >&2
echo "installed: $cache"
