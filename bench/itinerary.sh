#!/usr/bin/env bash
# Measures the itinerary figures on SQLite in release mode: wrk at 8 connections, without a login, on a
# demo trainee's personal page (/my/TOKEN) and on their calendar feed (/my/TOKEN/calendar.ics).
# Goals: personal page p99 < 5 ms; feed at least 1,800 requests per second (100 × pretalx's schedule.ics,
# about 18 per second on the same machine). The e-mail figure is `cargo bench --bench mail`.
# Usage: bench/itinerary.sh [seconds of load, default 20].
source "$(dirname "$0")/common.sh"
duration=${1:-20}

start_server --demo
login_organizer
# Issue the first trainee's personal link, as an organizer does on the trainee's page.
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf_token=$(token /cohorts/1/trainees/1)" \
  "$base/cohorts/1/trainees/1/link"
link=$(curl -s -b "$jar" "$base/cohorts/1/trainees/1" | grep -o '/my/[0-9a-f]\{32\}' | head -n 1)
[ -n "$link" ] || { echo "no personal link on the trainee page"; exit 1; }
events=$(curl -s "$base$link/calendar.ics" | grep -c '^BEGIN:VEVENT' || true)
[ "$events" -ge 30 ] || { echo "the feed has $events events"; exit 1; }

# The trainee's phone: it opened the link once and comes back with its session cookie.
phone="$work/phone"
curl -s -c "$phone" -o /dev/null "$base$link"
phone_cookie=$(awk '$6 == "cohortdesk_session" { print $6 "=" $7 }' "$phone")

echo "== personal page, as the trainee's phone opens it again (8 connections, ${duration}s)"
wrk -t 2 -c 8 -d "${duration}s" --latency -H "Cookie: $phone_cookie" "$base$link" | tee "$work/page.txt"
echo
echo "== calendar feed with $events events (no login, 8 connections, ${duration}s)"
wrk -t 2 -c 8 -d "${duration}s" --latency "$base$link/calendar.ics" | tee "$work/feed.txt"

echo
echo "== summary"
summary page "personal page"
summary feed "calendar feed"
