#!/usr/bin/env bash
# Prints a JAVA_HOME of Java 21 or newer: $JAVA_HOME when it is new enough, else the first such JDK
# under /usr/lib/jvm (on our machines the default java is 17, and Temurin 25 sits beside it).
for j in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$j" ] && [ -x "$j/bin/java" ] || continue
  v=$("$j/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]; then echo "$j"; exit 0; fi
done
echo "java-home.sh: no JDK 21 or newer found; install one and set JAVA_HOME" >&2
exit 1
