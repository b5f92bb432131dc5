#!/usr/bin/env bash
# Measures the timetable figures on SQLite in release mode: wrk at 8 connections on the demo Qingdao 2023
# cohort's week grid (41 sessions) and on its day-by-day timetable, for a logged-in organizer.
# The clash check over 35,000 sessions is a separate benchmark: `cargo bench --bench clash`.
# Usage: bench/timetable.sh [seconds of load, default 20].
source "$(dirname "$0")/common.sh"
duration=${1:-20}

start_server --demo
login_organizer
slots=$(curl -s -H "Cookie: $cookie" "$base/cohorts/1/sessions/week" | grep -c 'class="slot ' || true)
[ "$slots" -ge 40 ] || { echo "the week grid shows $slots sessions, expected the demo's 41"; exit 1; }

echo "== week grid of the demo cohort ($slots sessions) under load (8 connections, ${duration}s)"
load week /cohorts/1/sessions/week "$duration"
echo
echo "== day-by-day timetable of the demo cohort under load (8 connections, ${duration}s)"
load days /cohorts/1/sessions "$duration"

echo
echo "== summary"
summary week "week grid"
summary days "day-by-day timetable"
