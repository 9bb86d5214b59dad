#!/usr/bin/env bash
# Installs the Debian packages BankHire needs that are missing (source it: defines ensure_packages).
#   ensure_packages libgtk-3-0 ffmpeg
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}" >&2
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
}

# Runtime: OpenCvSharp's native library needs GTK; recordings are decoded by ffmpeg; English STT is pocketsphinx;
# python3-jieba brings the general Chinese word dictionary the tokenizer loads under our domain words;
# PDF reports are written in DejaVu Sans (Latin) and Droid Sans Fallback (Chinese); libdlib-data brings dlib's
# 68-point face landmark model (/usr/share/dlib, 100 MB, CC0) for smile, gaze and eye cues — without it those cues
# report no data with the reason.
RUNTIME_PACKAGES=(libgtk-3-0 ffmpeg pocketsphinx pocketsphinx-en-us python3-jieba fonts-dejavu-core fonts-droid-fallback libdlib-data john-data)
# Tests also make their media (speech with espeak-ng and sox), take face photos from Debian packages
# and drive the pages in Debian's Chromium.
TEST_PACKAGES=("${RUNTIME_PACKAGES[@]}" chromium espeak-ng sox postgresql postgresql-client ca-certificates)

# npm (face-api weights, s3rver, the HR console's build): Node's own packages bring it; a bare Debian gets its nodejs and npm.
ensure_npm() {
  command -v npm >/dev/null || ensure_packages nodejs npm
}
