#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages nianbao needs, when they are missing.
# Used by `make run`, `make test` (with `--test`) and CI (.ci/run). Needs root or sudo to install.
set -euo pipefail

# Build and run: poppler-glib (PDF text layer, rendering), its CJK maps, tesseract with Chinese and
# English data (OCR) and its orientation data (osd), SQLite (batch output), libxml2 (web pages),
# zlib (measuring what a PDF's streams inflate to), pkg-config to find them.
PACKAGES=(pkg-config libpoppler-glib-dev poppler-data libcairo2-dev libtesseract-dev libleptonica-dev
          tesseract-ocr-chi-sim tesseract-ocr-eng tesseract-ocr-osd libsqlite3-dev libxml2-dev zlib1g-dev)

# `--test` (make test, CI): also headless Chromium, which opens the review page in a test, and a
# Chinese font for its screenshots.
if [ "${1:-}" = "--test" ]; then
  PACKAGES+=(chromium fonts-wqy-zenhei)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ! command -v swift >/dev/null 2>&1; then
  echo "install-deps: swift is not on PATH; install a Swift 6 toolchain (https://www.swift.org/install/linux/)" >&2
  exit 1
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: run as root or install: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
