#!/usr/bin/env bash
# The dashboard benchmark (docs/benchmarks.md). On this machine, without Docker:
#   1. builds the app and (re)creates the database advocacy_bench on the local PostgreSQL;
#   2. starts Keycloak (docker/local/keycloak.sh) and the app on :8080 against that database;
#   3. generates the load data (docker/local/generate-load-data.sql) and times it;
#   4. signs in as the demo coordinator through Keycloak's form, with curl;
#   5. requests every dashboard page 20 times after 3 warm-up requests, and prints the times.
# Only localhost is contacted. Stops what it started.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
JAVA_HOME=$(bash "$here/java-home.sh"); export JAVA_HOME
db=${BENCH_DB:-advocacy_bench}
runs=${BENCH_RUNS:-20}
pg=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA)
work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ "${kc_started:-}" = STARTED ] && bash "$here/keycloak.sh" stop
  rm -rf "$work"
}
trap cleanup EXIT

cd "$root"
./mvnw -B -q package -DskipTests
"${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
kc_started=$(bash "$here/keycloak.sh" start)

DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" "$JAVA_HOME/bin/java" -Xmx512m -Dquarkus.profile=dev \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar target/quarkus-app/quarkus-run.jar >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 90); do curl -fs -o /dev/null http://localhost:${MANAGEMENT_PORT:-9000}/q/health/ready && break; sleep 1; done

start=$(date +%s)
"${pg[@]}" -d "$db" -f "$here/generate-load-data.sql" >"$work/generate.log"
echo "Generated the load data in $(( $(date +%s) - start )) s (signatures|rsvps|letters in the database: $(grep "|" "$work/generate.log" | tail -1))"

# Sign in as the demo coordinator through Keycloak's real login form.
jar="$work/cookies"
form=$(curl -s -c "$jar" -b "$jar" -L "http://localhost:8080/account/sign-in?then=/coordinator")
action=$(echo "$form" | grep -o 'action="[^"]*"' | head -1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')
curl -s -c "$jar" -b "$jar" -L -o /dev/null -d username=coordinator -d password=coordinator-demo -d credentialId= "$action"

year_from=$(date -d '364 days ago' +%F); today=$(date +%F)
petition=$("${pg[@]}" -d "$db" -c "SELECT id FROM petition WHERE slug = 'load-petition-1'")
event=$("${pg[@]}" -d "$db" -c "SELECT id FROM event WHERE slug = 'load-event-1000'")
campaign=$("${pg[@]}" -d "$db" -c "SELECT id FROM letter_campaign WHERE slug = 'load-campaign-1'")
pages=(
  "/coordinator"
  "/coordinator?from=$year_from&to=$today"
  "/coordinator/tables/overview.csv?from=$year_from&to=$today"
  "/coordinator/tables/signatures-per-day.csv?from=$year_from&to=$today"
  "/coordinator/tables/top-hosts.csv?from=$year_from&to=$today"
  "/coordinator/reports/petitions/$petition?from=$year_from&to=$today"
  "/coordinator/reports/petitions/$petition/petition-by-state.csv"
  "/coordinator/reports/events/$event"
  "/coordinator/letters/$campaign"
)
echo
echo "| page | median ms | p95 ms | max ms |"
echo "| --- | --- | --- | --- |"
for page in "${pages[@]}"; do
  for _ in 1 2 3; do curl -s -b "$jar" -o /dev/null "http://localhost:8080$page"; done
  status=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "http://localhost:8080$page")
  [ "$status" = 200 ] || { echo "$page answered $status"; exit 1; }
  for _ in $(seq 1 "$runs"); do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "http://localhost:8080$page"; done \
    | sort -n | awk -v p="$page" '{ t[NR] = $1 * 1000 } END { printf "| `%s` | %.0f | %.0f | %.0f |\n", p, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR] }'
done
