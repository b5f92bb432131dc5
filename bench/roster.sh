#!/usr/bin/env bash
# Measures the roster figures on SQLite in release mode:
#   1. importing a 1,000-row CSV with `cohortdesk import-trainees` (validation and insert, one transaction);
#   2. wrk at 8 connections on the roster page of that 1,000-trainee cohort, for a logged-in organizer
#      (its first page of 100 lines, with the counts over all 1,000), and on all lines at once.
# Usage: bench/roster.sh [seconds of load, default 20]. Needs curl and python3; installs wrk if missing.
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
export DATABASE_URL="sqlite://$work/bench.db" RUST_LOG=warn

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$binary" serve --demo --bind "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ]; do sleep 0.02; done

jar="$work/cookies"
token() { curl -s -c "$jar" -b "$jar" "$base$1" | grep -o 'name="csrf_token" value="[0-9a-f]*' | head -n 1 | sed 's/.*value="//'; }
post() { # path, then form fields; prints the Location answered
  local path=$1; shift
  local args=(--data-urlencode "csrf_token=$(token /)")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "${args[@]}" "$base$path"
}
login_token=$(token /login)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf_token=$login_token" \
  --data-urlencode "email=organizer@example.org" --data-urlencode "password=qingdao-2023-organizer" "$base/login"

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
cookie=$(awk '$6 == "cohortdesk_session" { print $6 "=" $7 }' "$jar")
page=$(curl -s -H "Cookie: $cookie" "$base/cohorts/$cohort/trainees")
rows=$(grep -c '<td data-label="Name">' <<<"$page" || true)
[ "$rows" -eq 100 ] || { echo "the roster's first page shows $rows lines, not 100"; exit 1; }
grep -q '1–100 / 1,000' <<<"$page" || { echo "the roster does not count 1,000 trainees"; exit 1; }
[ -n "${PROFILE:-}" ] && (perf record -F 999 -g -p "$pid" -o "$PROFILE" -- sleep 5 >/dev/null 2>&1 &)
wrk -t 2 -c 8 -d "${duration}s" --latency -H "Cookie: $cookie" "$base/cohorts/$cohort/trainees" | tee "$work/wrk.txt"

echo
echo "== the same roster, all 1,000 lines on one page (for printing), 8 connections, ${duration}s"
wrk -t 2 -c 8 -d "${duration}s" --latency -H "Cookie: $cookie" "$base/cohorts/$cohort/trainees?page=all" | tee "$work/wrk-all.txt"

echo
echo "== summary"
echo "import of 1,000 rows: ${import_ms} ms (goal < 1000 ms)"
grep -E '^\s+(50|99)%' "$work/wrk.txt" | awk '{ print "roster page latency p" $1 ": " $2 }' | sed 's/%//'
grep -E 'Requests/sec' "$work/wrk.txt"
if grep -q 'Non-2xx' "$work/wrk.txt"; then grep 'Non-2xx' "$work/wrk.txt"; else echo "errors: none"; fi
grep -E '^\s+(50|99)%' "$work/wrk-all.txt" | awk '{ print "all 1,000 lines on one page, latency p" $1 ": " $2 }' | sed 's/%//'
