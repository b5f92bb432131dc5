# Shared by the benchmark scripts (sourced, not run): builds the release binary, makes a scratch folder,
# and offers helpers to start a demo server, log in as the demo organizer, and summarise a wrk run.
# Needs curl and python3; installs wrk with apt-get if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet
binary=$PWD/target/release/cohortdesk
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export DATABASE_URL="sqlite://$work/bench.db" RUST_LOG=warn

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start_server [serve options…]: starts `cohortdesk serve` on a free port and waits for its first 200 on
# /health; sets $pid, $base and $launched (the moment it was started, in ms).
start_server() {
  local port
  port=$(free_port)
  base="http://127.0.0.1:$port"
  launched=$(now_ms)
  "$binary" serve --bind "127.0.0.1:$port" "$@" >/dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ]; do sleep 0.005; done
}

stop_server() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

jar="$work/cookies"
# token PATH: the CSRF token of the form on that page.
token() { curl -s -c "$jar" -b "$jar" "$base$1" | grep -o 'name="csrf_token" value="[0-9a-f]*' | head -n 1 | sed 's/.*value="//'; }

# login_organizer: logs the demo organizer in; sets $cookie for wrk.
login_organizer() {
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf_token=$(token /login)" \
    --data-urlencode "email=organizer@example.org" --data-urlencode "password=qingdao-2023-organizer" "$base/login"
  cookie=$(awk '$6 == "cohortdesk_session" { print $6 "=" $7 }' "$jar")
}

# load NAME PATH SECONDS: wrk at 8 connections on PATH as the logged-in organizer; keeps its report as NAME.
load() { wrk -t 2 -c 8 -d "$3s" --latency -H "Cookie: $cookie" "$base$2" | tee "$work/$1.txt"; }

# summary NAME LABEL: the median, p99, throughput and errors of a `load` run.
summary() {
  grep -E '^\s+(50|99)%' "$work/$1.txt" | awk -v label="$2" '{ sub("%", "", $1); print label " latency p" $1 ": " $2 }'
  grep -E 'Requests/sec' "$work/$1.txt"
  if grep -q 'Non-2xx' "$work/$1.txt"; then grep 'Non-2xx' "$work/$1.txt"; else echo "errors: none"; fi
}
