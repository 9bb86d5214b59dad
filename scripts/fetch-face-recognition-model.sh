#!/usr/bin/env bash
# Puts face-api's face recognition weights where BankHire looks for them: `npm pack @vladmandic/face-api@1.7.15`
# into a temporary folder, extract the manifest and its one shard, check both pinned SHA-256 (RecognitionModelFile).
#   scripts/fetch-face-recognition-model.sh        # → ${XDG_CACHE_HOME:-~/.cache}/bankhire/face-api/
# BANKHIRE_FACE_RECOGNITION_MODEL=/folder overrides the cache at run time.
set -euo pipefail
package="@vladmandic/face-api@1.7.15"
manifest=face_recognition_model-weights_manifest.json
shard=face_recognition_model.bin
manifest_sha=cbaffa501b0b9275a12b63357a6843e7e30c054e1c9151e1a5f879b26e32986b
shard_sha=b413e420d6840b2775fba32008db6f3cddb07d485967fb42cfcf379c16a8c589
cache="${XDG_CACHE_HOME:-$HOME/.cache}/bankhire/face-api"

pinned() { echo "$manifest_sha  $1/$manifest" | sha256sum -c --quiet &>/dev/null && echo "$shard_sha  $1/$shard" | sha256sum -c --quiet &>/dev/null; }
if pinned "$cache"; then echo "cached: $cache"; exit 0; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null)
tar -xzf "$work"/vladmandic-face-api-*.tgz -C "$work" "package/model/$manifest" "package/model/$shard"
pinned "$work/package/model" || { echo "SHA-256 mismatch in $package" >&2; exit 1; }
mkdir -p "$cache"
mv "$work/package/model/$manifest" "$work/package/model/$shard" "$cache/"
echo "fetched: $cache"
