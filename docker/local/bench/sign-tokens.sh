#!/usr/bin/env bash
# Prints the environment sign.lua needs, for the petition page at $1 (default
# http://localhost:8080/petitions/load-petition-1): the CSRF cookie and field, and a "started" field
# old enough to pass the minimum fill time (it waits that long, 4 s by default: MIN_FILL_WAIT).
#   eval "$(bash docker/local/bench/sign-tokens.sh http://localhost:8080/petitions/<slug>)"
#   wrk -t2 -c16 -d20s -s docker/local/bench/sign.lua http://localhost:8080
# Only for the local benchmark: run it against localhost only.
set -euo pipefail
url=${1:-http://localhost:8080/petitions/load-petition-1}
headers=$(mktemp)
page=$(curl -fsS -D "$headers" "$url")
cookie=$(grep -i '^set-cookie: csrf-token=' "$headers" | head -1 | sed 's/^[Ss]et-[Cc]ookie: //; s/;.*//' | tr -d '\r')
rm -f "$headers"
token=$(echo "$page" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
started=$(echo "$page" | grep -o 'name="started" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$cookie" ] && [ -n "$token" ] && [ -n "$started" ] || { echo "sign-tokens: no form on $url" >&2; exit 1; }
sleep "${MIN_FILL_WAIT:-4}"
path=/${url#*://*/}
echo "export SIGN_PATH='$path/sign' CSRF_COOKIE='$cookie' CSRF_TOKEN='$token' STARTED='$started' RUN_ID='$(date +%s%N)'"
