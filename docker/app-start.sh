#!/bin/sh
# Starts the app in the container (docker/Dockerfile) with the JVM options of docs/operations.md,
# "Memory and start-up". The first start of a container records which classes the app loads and links,
# and writes the JVM's ahead-of-time cache (JDK 25, JEP 483/514) when it stops; every later start of
# that container maps the cache and is ready in about half the time. A cache written by another JVM or
# jar is refused by the JVM, which then starts without it. Writing the cache takes a second JVM about
# 10 s and up to 1 GB for that time (measured): where the container's memory limit is lower, set
# AOT_CACHE=none (no cache), or mount a cache written elsewhere by the same image at AOT_CACHE.
cache=${AOT_CACHE:-/tmp/advocacy-hub.aot}
opts="-Xmx128m -Xms32m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k"
if [ "$cache" = none ]; then
  aot=""
elif [ -s "$cache" ]; then
  aot="-XX:AOTCache=$cache"
else
  aot="-XX:AOTCacheOutput=$cache"
fi
# shellcheck disable=SC2086
exec java $opts $aot -Djava.util.logging.manager=org.jboss.logmanager.LogManager $JAVA_OPTS_APPEND \
  -jar /app/quarkus-run.jar
