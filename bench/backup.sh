#!/usr/bin/env bash
# Measures a backup of a large history (`cohortdesk demo --scale YEARS`, default 10) taken while readers
# load the server, in release mode:
#   1. the cohort page's latency under wrk (8 connections) without a backup, as the baseline;
#   2. the same wrk run with `cohortdesk backup` taken in the middle of it: the backup's time and size,
#      and the readers' p99 while it ran;
#   3. restoring that backup into an empty database (time, and the rows the manifest counted).
# Usage: bench/backup.sh [seconds of load, default 20]. SCALE=YEARS changes the history's length.
source "$(dirname "$0")/common.sh"
duration=${1:-20}
years=${SCALE:-10}

echo "== generating $years years of history"
"$binary" demo --scale "$years" | tail -n 1
export COHORTDESK_KEY_FILE="$work/bench.db.key"
start_server
login_organizer

echo
echo "== readers alone (cohort page, 8 connections, ${duration}s)"
load alone /cohorts/1 "$duration"

echo
echo "== readers while a backup is taken"
load during /cohorts/1 "$duration" > /dev/null &
readers=$!
sleep $(( duration / 4 ))
started=$(now_ms)
"$binary" backup "$work/backup.tar"
backup_ms=$(( $(now_ms) - started ))
wait "$readers"
size=$(du -h "$work/backup.tar" | cut -f1)
stop_server

echo
echo "== restore into an empty database"
started=$(now_ms)
DATABASE_URL="sqlite://$work/restored.db" COHORTDESK_FILES_DIR="$work/restored-files" \
  "$binary" restore "$work/backup.tar"
restore_ms=$(( $(now_ms) - started ))

echo
echo "== summary"
echo "backup of the database (online, VACUUM INTO) and files: ${backup_ms} ms, ${size}"
summary alone "readers alone"
summary during "readers during the backup"
echo "restore (checks, integrity, rows, start): ${restore_ms} ms"
