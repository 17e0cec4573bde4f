#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md reports: production jar size, cold start time (3 starts),
# and Lighthouse mobile scores (3 runs per page), printing medians. Pages are the arguments
# (default: /). Run after `./mvnw -DskipTests package`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jar="$(ls target/victim-voice-portal-*.jar | grep -v original | head -1)"
port="${PORT:-18080}"
runs=3
tools="$root/.tools/lighthouse"
chrome="${CHROME_PATH:-/usr/bin/chromium}"

if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent lighthouse@12.2.3 >/dev/null
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "jar: $jar ($(( $(stat -c %s "$jar") / 1024 / 1024 )) MiB)"

starts=()
work="$(mktemp -d)"
for i in $(seq 1 $runs); do
  t0=$(date +%s%N)
  (cd "$work" && "$JAVA_HOME/bin/java" -jar "$root/$jar" --server.port="$port" >"$work/app-$i.log" 2>&1 &)
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.2; done
  t1=$(date +%s%N)
  starts+=("$(( (t1 - t0) / 1000000 ))")
  if [ "$i" -lt "$runs" ]; then
    pkill -f "server.port=$port" || true
    while curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do sleep 0.2; done
  fi
done
echo "cold start to ready (ms), runs: ${starts[*]} median: $(printf '%s\n' "${starts[@]}" | median)"

pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=("/")
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage"
for page in "${pages[@]}"; do
  slug="$(echo "$page" | tr '/?=' '___')"
  for i in $(seq 1 $runs); do
    profile="$(mktemp -d)"
    CHROME_PATH="$chrome" "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$page" --quiet \
      --only-categories=performance,accessibility,best-practices --output=json --output-path="$work/lh$slug-$i.json" \
      --chrome-flags="$flags --user-data-dir=$profile" >/dev/null 2>&1 || true
  done
done
pkill -f "server.port=$port" || true

for page in "${pages[@]}"; do
slug="$(echo "$page" | tr '/?=' '___')"
echo "== $page"
node -e '
const fs = require("fs");
const runs = process.argv.slice(1).map(f => JSON.parse(fs.readFileSync(f)));
const med = a => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const score = (r, c) => Math.round(r.categories[c].score * 100);
const js = r => r.audits["network-requests"].details.items.filter(i => i.resourceType === "Script").reduce((t, i) => t + i.transferSize, 0);
const rows = {
  "performance": runs.map(r => score(r, "performance")),
  "accessibility": runs.map(r => score(r, "accessibility")),
  "best practices": runs.map(r => score(r, "best-practices")),
  "LCP (ms)": runs.map(r => Math.round(r.audits["largest-contentful-paint"].numericValue)),
  "total blocking time (ms)": runs.map(r => Math.round(r.audits["total-blocking-time"].numericValue)),
  "JS transferred (KB)": runs.map(r => Math.round(js(r) / 1024)),
};
for (const [k, v] of Object.entries(rows)) console.log(`${k}: runs ${v.join(", ")} median ${med(v)}`);
' $(ls "$work"/lh$slug-*.json)
done
