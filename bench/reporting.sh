#!/usr/bin/env bash
# Measures the reports on a large generated history (`cohortdesk demo --scale YEARS`, default 10 years:
# ~700 cohorts, ~50,000 trainees, ~34,000 sessions, ~1.7 M attendance marks), in release mode:
#   1. how long generating the history takes;
#   2. the commitment dashboard (progress page of the largest commitment) — one user, then 8 at once;
#   3. a cohort report — one user, then 8 at once;
#   4. the CSV export of every enrollment, five times: time, size, and the server's memory before and
#      after (it is streamed, so memory must not grow with the export);
#   5. the same export as .xlsx, five times: time, size, and the server's peak memory during the runs
#      against its memory before (the workbook is written row by row to a temporary file).
# Usage: bench/reporting.sh [seconds of load, default 15]. SCALE=YEARS changes the history's length;
# BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL (an empty database: the script does not delete).
source "$(dirname "$0")/common.sh"
duration=${1:-15}
years=${SCALE:-10}
[ -n "${BENCH_DATABASE_URL:-}" ] && export DATABASE_URL=$BENCH_DATABASE_URL

echo "== generating $years years of history into ${DATABASE_URL%%:*}"
"$binary" demo --scale "$years" | tail -n 1

start_server
login_organizer
rss() { grep VmRSS "/proc/$pid/status" | awk '{ print $2 }'; }

# The commitment with the most places delivered.
commitment=$(python3 - "$base" "$cookie" <<'PY'
import json, sys, urllib.request
base, cookie = sys.argv[1:3]
best = (-1, 1)
for id in range(1, 50):
    req = urllib.request.Request(f"{base}/commitments/{id}/progress.json", headers={"Cookie": cookie})
    try:
        data = json.load(urllib.request.urlopen(req))
    except Exception:
        break
    best = max(best, (data["delivered"], id))
print(best[1])
PY
)
# A finished cohort halfway through the history (the demo's four come first).
cohort=$(( 4 + years * 35 ))
echo "largest commitment: $commitment; cohort for the report: $cohort"

one() { wrk -t 1 -c 1 -d "$3s" --latency -H "Cookie: $cookie" "$base$2" > "$work/$1.txt"; }
for page in "dashboard /commitments/$commitment/progress" "report /cohorts/$cohort/report" "home /"; do
  set -- $page
  echo
  echo "== $1 ($2): one user, ${duration}s"
  one "$1-one" "$2" "$duration"
  summary "$1-one" "$1"
  echo "-- 8 users at once"
  load "$1-eight" "$2" "$duration" > /dev/null
  summary "$1-eight" "$1"
done

echo
echo "== CSV export of every enrollment, five times"
curl -s -H "Cookie: $cookie" -o /dev/null "$base/exports/enrollments.csv"
echo "memory before: $(rss) kB"
for run in 1 2 3 4 5; do
  curl -s -H "Cookie: $cookie" -o "$work/enrollments.csv" \
    -w "run $run: %{http_code} in %{time_total} s, %{size_download} bytes\n" "$base/exports/enrollments.csv"
done
echo "rows: $(( $(wc -l < "$work/enrollments.csv") - 1 ))"
echo "memory after: $(rss) kB"

echo
echo "== .xlsx export of every enrollment, five times"
before=$(rss)
# Peak memory from here on: writing 5 to clear_refs resets the kernel's high-water mark (VmHWM).
echo 5 > "/proc/$pid/clear_refs"
for run in 1 2 3 4 5; do
  curl -s -H "Cookie: $cookie" -o "$work/enrollments.xlsx" \
    -w "run $run: %{http_code} in %{time_total} s, %{size_download} bytes\n" "$base/exports/enrollments.xlsx"
done
peak=$(grep VmHWM "/proc/$pid/status" | awk '{ print $2 }')
echo "memory before: $before kB; peak during the exports: $peak kB (growth $(( (peak - before) / 1024 )) MB)"
