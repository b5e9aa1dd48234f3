#!/usr/bin/env bash
# Lighthouse scores of the shipped site as faqsite serves it (gzip, security headers), one row per page.
#   bash bench/lighthouse.sh [PATH ...]
#     default pages: the home page, a category, a question, the key checker (a page missing from this build, 404,
#     is reported as skipped)
#   PRESET=desktop bash bench/lighthouse.sh …   desktop instead of Lighthouse's default (a throttled mid-range phone)
# Lighthouse 12.2.3 (the last release that runs on Node 20) comes from bench/package-lock.json; the browser is
# Debian's chromium. Reports land in target/lighthouse/. Exits 1 when any score is below 0.95.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/ /faq/api-access-and-integration/
  /faq/api-access-and-integration/invalid-api-key-after-new-key/ /tools/key-check/)
preset="${PRESET:-mobile}"
out=target/lighthouse
mkdir -p "$out"

[ -x bench/node_modules/.bin/lighthouse ] || npm ci --prefix bench --no-audit --no-fund
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./faqsite serve --port "$port" --out "$out/site" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
  kill -0 "$server" 2>/dev/null || { cat "$out/serve.log"; exit 1; }
  sleep 1
done

flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking"
flags="$flags --disable-component-update --disable-sync --no-first-run"
preset_flag=""; [ "$preset" = desktop ] && preset_flag="--preset=desktop"

printf '%-66s %11s %13s %14s %5s\n' "page ($preset)" performance accessibility best-practices seo
status=0
for page in "${pages[@]}"; do
  url="http://127.0.0.1:$port$page"
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  if [ "$code" != 200 ]; then
    printf '%-66s skipped: HTTP %s (not in this build)\n' "$page" "$code"
    continue
  fi
  report="$out/$(echo "$page" | tr -c 'a-zA-Z0-9\n' '_' | sed 's/^_*$/home/')-$preset.json"
  bench/node_modules/.bin/lighthouse "$url" --quiet --output=json --output-path="$report" $preset_flag \
    --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$flags" >/dev/null
  row=$(node -e '
    const r = require(process.argv[1]);
    const c = r.categories;
    const s = ["performance", "accessibility", "best-practices", "seo"].map(k => c[k].score);
    console.log(s.map(x => x.toFixed(2)).join(" ") + (s.every(x => x >= 0.95) ? "" : " LOW"));
  ' "$(pwd)/$report")
  read -r perf a11y bp seo low <<< "$row"
  printf '%-66s %11s %13s %14s %5s%s\n' "$page" "$perf" "$a11y" "$bp" "$seo" "${low:+  below 0.95, see $report}"
  [ -z "${low:-}" ] || status=1
done
exit $status
