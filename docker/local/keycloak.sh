#!/usr/bin/env bash
# Runs a real Keycloak for development and tests, without Docker.
#
#   keycloak.sh start   start Keycloak on :8180 with the advocacy realm and the demo users,
#                             unless one already answers there; prints STARTED or RUNNING
#   keycloak.sh stop    stop the Keycloak this script started (and nothing else)
#   keycloak.sh status  exit 0 when the advocacy realm answers
#
# The distribution (org.keycloak:keycloak-quarkus-dist, version pinned in pom.xml) comes from Maven
# and is unpacked once into a cache that survives `mvn clean`:
#   ${ADVOCACY_CACHE_DIR:-$HOME/.cache/advocacy-hub}/keycloak-<version>
# It runs on an in-memory database, so every start begins from the realm file: tests and dev runs
# never inherit accounts from an earlier run.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${KEYCLOAK_PORT:-8180}
base="http://localhost:$port"
cache=${ADVOCACY_CACHE_DIR:-$HOME/.cache/advocacy-hub}
version=$(sed -n "s:.*<keycloak.dist.version>\([0-9][^<]*\)</keycloak.dist.version>.*:\1:p" "$root/pom.xml" | head -n 1)
kc="$cache/keycloak-$version"
pidfile="$cache/keycloak.pid"
log="$cache/keycloak.log"
realm_url="$base/realms/advocacy/.well-known/openid-configuration"
admin_user=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
admin_password=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}

say() { echo "local-keycloak: $*" >&2; }


is_up() { curl -fs -o /dev/null --max-time 2 "$realm_url" 2>/dev/null; }

unpack_once() {
  [ -x "$kc/bin/kc.sh" ] && return 0
  mkdir -p "$cache"
  local zip="$cache/keycloak-quarkus-dist-$version.zip"
  if [ ! -s "$zip" ]; then
    say "fetching org.keycloak:keycloak-quarkus-dist:$version from Maven (once)"
    (cd "$root" && JAVA_HOME="$JAVA_HOME" ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
       -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" -DoutputDirectory="$cache" >&2)
  fi
  say "unpacking Keycloak $version into $cache (once)"
  rm -rf "$kc.partial" && mkdir -p "$kc.partial"
  unzip -q "$zip" -d "$kc.partial"
  mv "$kc.partial/keycloak-$version" "$kc" && rm -rf "$kc.partial" "$zip"
}

# The demo accounts exist only where this launcher runs (dev and tests), never in the realm file
# that production imports.
create_demo_users() {
  local token
  token=$(curl -fsS "$base/realms/master/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=admin-cli \
    --data-urlencode "username=$admin_user" --data-urlencode "password=$admin_password" | jq -r .access_token)
  local api="$base/admin/realms/advocacy"
  while read -r username first last email password roles; do
    curl -fsS -o /dev/null -X POST "$api/users" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"username\":\"$username\",\"firstName\":\"$first\",\"lastName\":\"$last\",\"email\":\"$email\",\"emailVerified\":true,\"enabled\":true,\"credentials\":[{\"type\":\"password\",\"value\":\"$password\",\"temporary\":false}]}"
    local id
    id=$(curl -fsS "$api/users?exact=true&username=$username" -H "Authorization: Bearer $token" | jq -r '.[0].id')
    local body="[" sep="" role
    for role in ${roles//,/ }; do
      body+="$sep$(curl -fsS "$api/roles/$role" -H "Authorization: Bearer $token")"; sep=","
    done
    curl -fsS -o /dev/null -X POST "$api/users/$id/role-mappings/realm" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "$body]"
  done <<'USERS'
volunteer Vera Volunteer vera.volunteer@example.org volunteer-demo volunteer
coordinator Cora Coordinator cora.coordinator@example.org coordinator-demo volunteer,coordinator
USERS
  say "demo users: volunteer / volunteer-demo, coordinator / coordinator-demo"
  # The realm file is production's: its web client returns only to ADVOCACY_APP_URL (:8080 here). Tests
  # run on :8081, and parallel test runs in other working copies on TEST_HTTP_PORT 8082..8089.
  local client
  client=$(curl -fsS "$api/clients?clientId=advocacy-web" -H "Authorization: Bearer $token" | jq '.[0]')
  curl -fsS -o /dev/null -X PUT "$api/clients/$(jq -r .id <<<"$client")" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    -d "$(jq '.redirectUris += ["http://localhost:8081/*","http://localhost:8082/*","http://localhost:8083/*","http://localhost:8084/*","http://localhost:8085/*","http://localhost:8086/*","http://localhost:8087/*","http://localhost:8088/*","http://localhost:8089/*"]' <<<"$client")"
  # This Keycloak has no mail server, so a new account could never verify its address: locally only,
  # self-registration works without it (production's realm asks for it; the demo users are verified).
  curl -fsS -o /dev/null -X PUT "$api" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"verifyEmail":false}'
}

start() {
  if is_up; then echo RUNNING; return 0; fi
  JAVA_HOME=$(bash "$here/java-home.sh"); export JAVA_HOME  # Keycloak 26 needs Java 21+
  unpack_once
  mkdir -p "$kc/data/import"
  cp "$root/docker/keycloak/advocacy-realm.json" "$kc/data/import/advocacy-realm.json"
  say "starting Keycloak $version on :$port (log: $log)"
  # The realm file has no secrets and no local addresses of its own (it is what production imports):
  # here the clients get the development secrets that the app's dev and test profiles use.
  KC_BOOTSTRAP_ADMIN_USERNAME=$admin_user KC_BOOTSTRAP_ADMIN_PASSWORD=$admin_password \
  ADVOCACY_CLIENT_SECRET=${ADVOCACY_CLIENT_SECRET:-dev-only-client-secret} \
  ADVOCACY_PARTNER_CLIENT_SECRET=${ADVOCACY_PARTNER_CLIENT_SECRET:-dev-only-partner-secret} \
  ADVOCACY_APP_URL=${ADVOCACY_APP_URL:-http://localhost:8080} \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    nohup bash "$kc/bin/kc.sh" start-dev --http-port="$port" --db=dev-mem --import-realm \
      --hostname-strict=false >"$log" 2>&1 </dev/null &
  local shell_pid=$! java_pid="" i
  # kc.sh stays as the parent shell; the server is its java child, and that is what we stop later.
  for i in $(seq 1 240); do
    [ -z "$java_pid" ] && java_pid=$(pgrep -P "$shell_pid" java || true)
    [ -n "$java_pid" ] && echo "$java_pid" >"$pidfile"
    if is_up; then
      create_demo_users
      say "Keycloak answered after ${i}s"
      echo STARTED
      return 0
    fi
    if ! kill -0 "$shell_pid" 2>/dev/null; then say "Keycloak exited; last lines of $log:"; tail -30 "$log" >&2; return 1; fi
    sleep 1
  done
  say "Keycloak did not answer in 240 s"; tail -30 "$log" >&2; stop; return 1
}

stop() {
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    say "stopped Keycloak (pid $pid)"
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) is_up ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
