#!/usr/bin/env bash
# Measures the foundation's figures on SQLite in release mode:
#   1. cold start to the first 200 on /health, on an empty database (migrations included);
#   2. wrk at 8 connections on a cohort page for a logged-in organizer (latency percentiles, errors);
#   3. the server's resident memory after that run.
# Usage: bench/run.sh [seconds of load, default 20].
source "$(dirname "$0")/common.sh"
duration=${1:-20}

echo "== cold start on an empty database"
best=""
for run in 1 2 3; do
  rm -f "$work"/bench.db*
  start_server
  elapsed=$(( $(now_ms) - launched ))
  echo "run $run: first 200 on /health after ${elapsed} ms"
  [ -z "$best" ] || [ "$elapsed" -lt "$best" ] && best=$elapsed
  stop_server
done

echo
echo "== cohort page under load (demo data, logged-in organizer, 8 connections, ${duration}s)"
rm -f "$work"/bench.db*
start_server --demo
login_organizer
curl -s -H "Cookie: $cookie" "$base/cohorts/1" | grep -q "Qingdao" || { echo "the cohort page did not render"; exit 1; }
rss_before=$(ps -o rss= -p "$pid" | tr -d ' ')
load cohort /cohorts/1 "$duration"
rss_after=$(ps -o rss= -p "$pid" | tr -d ' ')

echo
echo "== summary"
echo "cold start to first 200 on /health (best of 3): ${best} ms (goal < 1000 ms)"
summary cohort "cohort page"
echo "resident memory: ${rss_before} KiB before the load, ${rss_after} KiB after (goal < 40 MiB)"
