#!/usr/bin/env bash
# Makes Docs/images/review.png: `nianbao review` of a scan with a seal over its table, opened in
# headless Chromium with an uncertain cell lit (`#cell=…`): green read, orange uncertain, red failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.build/release/nianbao review Samples/scans/t2021-narrow-seal/scanned.pdf -o "$out/review.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,900 --virtual-time-budget=5000 \
  --screenshot="$out/review.png" "file://$out/review.html#cell=active_disclosure.normative_documents.issued" 2>/dev/null
mv "$out/review.png" Docs/images/review.png
echo "wrote Docs/images/review.png"
