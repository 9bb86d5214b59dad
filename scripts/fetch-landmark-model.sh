#!/usr/bin/env bash
# Puts dlib's 68-point face landmark model where BankHire looks for it, without installing anything system-wide:
# `apt-get download libdlib-data` into a cache folder, extract the one file, check its pinned SHA-256.
# Not needed where libdlib-data is installed (run.sh and test.sh install it); for machines without root.
#   scripts/fetch-landmark-model.sh            # → ${XDG_CACHE_HOME:-~/.cache}/bankhire/dlib/
set -euo pipefail
file=shape_predictor_68_face_landmarks.dat
sha256=fbdc2cb80eb9aa7a758672cbfdda32ba6300efe9b6e6c7a299ff7e736b11b92f  # LandmarkModelFile.Sha256
cache="${XDG_CACHE_HOME:-$HOME/.cache}/bankhire/dlib"
target="$cache/$file"

if [ -f "/usr/share/dlib/$file" ]; then echo "installed: /usr/share/dlib/$file"; exit 0; fi
if [ -f "$target" ] && echo "$sha256  $target" | sha256sum -c --quiet; then echo "cached: $target"; exit 0; fi

mkdir -p "$cache"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download libdlib-data >/dev/null)
dpkg-deb --fsys-tarfile "$work"/libdlib-data_*.deb | tar -x -C "$work" "./usr/share/dlib/$file"
echo "$sha256  $work/usr/share/dlib/$file" | sha256sum -c --quiet
mv "$work/usr/share/dlib/$file" "$target"
echo "fetched: $target"
