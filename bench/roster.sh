#!/usr/bin/env bash
# Measures the roster figures on SQLite in release mode:
#   1. importing a 1,000-row CSV with `cohortdesk import-trainees` (validation and insert, one transaction);
#   2. wrk at 8 connections on the roster page of that 1,000-trainee cohort, for a logged-in organizer
#      (its first page of 100 lines, with the counts over all 1,000), and on all lines at once.
# Usage: bench/roster.sh [seconds of load, default 20].
source "$(dirname "$0")/common.sh"
duration=${1:-20}

start_server --demo
login_organizer
post() { # path, then form fields; prints the Location answered
  local path=$1; shift
  local args=(--data-urlencode "csrf_token=$(token /)")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "${args[@]}" "$base$path"
}

# A commitment and host city with room for a 1,000-place cohort.
commitment=$(post /commitments "name=Benchmark commitment" "places=5000" "starts_on=2026-01-01" "ends_on=2026-12-31")
commitment=${commitment##*/}
post "/commitments/$commitment/allocations" "host_city=Benchmark City" "places=1000" >/dev/null
allocation=$(curl -s -b "$jar" "$base/commitments/$commitment" | grep -o 'allocations/[0-9]*/edit' | head -n 1 | tr -dc 0-9)
cohort=$(post /cohorts "name=Benchmark cohort" "allocation_id=$allocation" "starts_on=2026-05-11" \
  "ends_on=2026-05-17" "time_zone=Asia/Shanghai" "capacity=1000" "status=open")
cohort=${cohort##*/}
[ -n "$cohort" ] || { echo "could not create the benchmark cohort"; exit 1; }

python3 - "$work/roster.csv" <<'PY'
import sys
countries = ["KZ", "KG", "TJ", "UZ", "RU", "PK", "CN", "MN"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("family_name,given_name,native_name,gender,date_of_birth,country,organization,position,email,phone,"
            "passport_number,passport_expiry,status,arrival,arrival_flight,hotel,room\n")
    for i in range(1000):
        f.write(f"Family{i},Given{i},Фамилия{i} Имя{i},{'female' if i % 3 else 'male'},1980-01-{i % 28 + 1:02},"
                f"{countries[i % len(countries)]},Ministry of Agriculture,Chief Specialist,t{i}@example.org,"
                f"+7 700 000 {i:04},P{i:07},2031-01-31,confirmed,2026-05-10 18:{i % 60:02},CZ6094,Hotel,{i}\n")
PY

echo "== import of a 1,000-row CSV (release build, SQLite)"
started=$(date +%s%N)
"$binary" import-trainees --cohort "$cohort" "$work/roster.csv"
import_ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "took ${import_ms} ms (whole command: start, checks, one transaction)"

echo
echo "== roster page of 1,000 trainees under load (8 connections, ${duration}s)"
page=$(curl -s -H "Cookie: $cookie" "$base/cohorts/$cohort/trainees")
rows=$(grep -c '<td data-label="Name">' <<<"$page" || true)
[ "$rows" -eq 100 ] || { echo "the roster's first page shows $rows lines, not 100"; exit 1; }
grep -q '1–100 / 1,000' <<<"$page" || { echo "the roster does not count 1,000 trainees"; exit 1; }
load roster "/cohorts/$cohort/trainees" "$duration"

echo
echo "== the same roster, all 1,000 lines on one page (for printing), 8 connections, ${duration}s"
load roster-all "/cohorts/$cohort/trainees?page=all" "$duration"

echo
echo "== summary"
echo "import of 1,000 rows: ${import_ms} ms (goal < 1000 ms)"
summary roster "roster page"
summary roster-all "all 1,000 lines on one page"
