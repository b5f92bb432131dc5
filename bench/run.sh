#!/usr/bin/env bash
# Measures the foundation's figures on SQLite in release mode:
#   1. cold start to the first 200 on /health, on an empty database (migrations included);
#   2. wrk at 8 connections on a cohort page for a logged-in organizer (latency percentiles, errors);
#   3. the server's resident memory after that run.
# Usage: bench/run.sh [seconds of load, default 20]. Needs curl and wrk (installed with apt-get if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet
binary=$PWD/target/release/cohortdesk
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "== cold start on an empty database"
best=""
for run in 1 2 3; do
  rm -f "$work"/bench.db*
  p=$(port)
  t0=$(now_ms)
  DATABASE_URL="sqlite://$work/bench.db" RUST_LOG=warn "$binary" serve --bind "127.0.0.1:$p" >/dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/health")" = 200 ]; do sleep 0.005; done
  elapsed=$(( $(now_ms) - t0 ))
  echo "run $run: first 200 on /health after ${elapsed} ms"
  [ -z "$best" ] || [ "$elapsed" -lt "$best" ] && best=$elapsed
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done

echo
echo "== cohort page under load (demo data, logged-in organizer, 8 connections, ${duration}s)"
rm -f "$work"/bench.db*
p=$(port)
base="http://127.0.0.1:$p"
DATABASE_URL="sqlite://$work/bench.db" RUST_LOG=warn "$binary" serve --demo --bind "127.0.0.1:$p" >/dev/null 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ]; do sleep 0.01; done
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="csrf_token" value="[0-9a-f]*' | head -n 1 | sed 's/.*value="//')
curl -s -c "$jar" -b "$jar" -o /dev/null \
  --data-urlencode "csrf_token=$token" --data-urlencode "email=organizer@example.org" \
  --data-urlencode "password=qingdao-2023-organizer" "$base/login"
cookie=$(awk '$6 == "cohortdesk_session" { print $6 "=" $7 }' "$jar")
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$base/cohorts/1")
grep -q "Qingdao" "$work/page.html" || { echo "the cohort page did not render for the organizer ($status)"; exit 1; }
rss_before=$(ps -o rss= -p "$pid" | tr -d ' ')
wrk -t 2 -c 8 -d "${duration}s" --latency -H "Cookie: $cookie" "$base/cohorts/1" | tee "$work/wrk.txt"
rss_after=$(ps -o rss= -p "$pid" | tr -d ' ')

echo
echo "== summary"
echo "cold start to first 200 on /health (best of 3): ${best} ms (goal < 1000 ms)"
grep -E '^\s+(50|99)%' "$work/wrk.txt" | awk '{ print "cohort page latency p" $1 ": " $2 }' | sed 's/%//'
grep -E 'Requests/sec' "$work/wrk.txt"
if grep -q 'Non-2xx' "$work/wrk.txt"; then grep 'Non-2xx' "$work/wrk.txt"; else echo "errors: none"; fi
echo "resident memory: ${rss_before} KiB before the load, ${rss_after} KiB after (goal < 40 MiB)"
