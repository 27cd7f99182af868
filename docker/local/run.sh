#!/usr/bin/env bash
# The run command, for a machine without Docker: creates the database on the local PostgreSQL when
# missing, starts Keycloak on :8180 (docker/local/keycloak.sh), builds the app and runs it on :8080
# with the "dev" configuration profile. Ctrl+C stops the app and the Keycloak this started.
#
# Not `quarkus:dev`: on Quarkus 3.33.2 dev mode needs io.quarkus.qute:qute-debug:3.33.2, a release
# Maven Central does not have, so dev mode cannot start here (docs/operations.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

JAVA_HOME=$(bash "$here/java-home.sh"); export JAVA_HOME

# DB_URL, DB_USER and DB_PASSWORD work as in production; by default a local database "advocacy".
db_name=${DB_NAME:-advocacy}
if [ -z "${DB_URL:-}" ]; then
  pg=(psql -h "${PGHOST:-127.0.0.1}" -U "${DB_USER:-postgres}" -d postgres -tAq)
  if ! "${pg[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$db_name'" | grep -q 1; then
    echo "run: creating database $db_name"
    "${pg[@]}" -c "CREATE DATABASE $db_name"
  fi
  export DB_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:5432/$db_name"
fi

if [ -z "${KEYCLOAK_URL:-}" ]; then
  started=$(bash "$here/keycloak.sh" start)
  if [ "$started" = STARTED ]; then trap 'bash "$here/keycloak.sh" stop' EXIT; fi
fi

cat <<'TEXT'

  Advocacy Hub is starting on http://localhost:8080
  Keycloak: http://localhost:8180 (admin console: admin / admin)
  Health and metrics (management port): http://localhost:9000/q/health, http://localhost:9000/q/metrics
  Demo accounts:  volunteer / volunteer-demo    coordinator / coordinator-demo
  Mail is written to the log, not sent (see docs/operations.md to use a real SMTP server).

TEXT
cd "$root"
./mvnw -B -q package -DskipTests -Dquarkus.profile=dev
"$JAVA_HOME/bin/java" -Dquarkus.profile=dev -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  "$@" -jar target/quarkus-app/quarkus-run.jar
