#!/usr/bin/env bash
# One command for the whole local stack: PostgreSQL 17, a Kafka KRaft broker, GreenMail, the four services and the
# portal (http://localhost:8080).
# Needs only a JDK 17+. Usage: deploy/stack.sh [--fresh] [--no-build]   (Ctrl-C stops everything)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD=auto
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=no ;;
    --build) BUILD=yes ;;
    *) ARGS+=("$arg") ;;
  esac
done

STAMP="$ROOT/deploy/stack/target/stack-build.stamp"
ARTIFACTS=(
  deploy/stack/target/stack.classpath
  deploy/stack/target/greenmail/greenmail-standalone.jar
  municipality-service/target/quarkus-app/quarkus-run.jar
  pool-service/target/quarkus-app/quarkus-run.jar
  booking-service/target/quarkus-app/quarkus-run.jar
  notification-service/target/quarkus-app/quarkus-run.jar
  deploy/portal/target/quarkus-app/quarkus-run.jar
)

# The build is up to date when every artifact exists and no pom.xml or main source/resource file changed since the
# last successful build of this script.
needs_build() {
  [[ -f "$STAMP" ]] || return 0
  local a
  for a in "${ARTIFACTS[@]}"; do [[ -f "$a" ]] || return 0; done
  [[ -n "$(find . \( -name .stack -o -name target -o -name .git \) -prune -o -type f -newer "$STAMP" \
      \( -name pom.xml -o -path '*/src/main/*' \) -print -quit)" ]]
}

if [[ "$BUILD" == yes ]] || { [[ "$BUILD" == auto ]] && needs_build; }; then
  BUILD_LOG="$ROOT/deploy/stack/target/stack-build.log"
  echo "Building the platform (./mvnw -DskipTests install, full log in ${BUILD_LOG#$ROOT/}) ..."
  start=$(date +%s)
  mkdir -p "$(dirname "$STAMP")" && touch "$STAMP.next"
  # one line per module as Maven reaches it, with the seconds since the build started
  if ! ./mvnw -B -ntp -DskipTests install 2>&1 | tee "$BUILD_LOG" | while IFS= read -r line; do
      if [[ "$line" =~ ^\[INFO\]\ Building\ (.+)\ [0-9][^\ ]*\ +\[([0-9]+/[0-9]+)\]$ ]]; then
        printf '  %4d s  [%s] %s\n' "$(( $(date +%s) - start ))" "${BASH_REMATCH[2]}" "${BASH_REMATCH[1]}"
      fi
    done; then
    echo "The build failed; the end of ${BUILD_LOG#$ROOT/}:" >&2
    tail -n 40 "$BUILD_LOG" >&2
    exit 1
  fi
  mv "$STAMP.next" "$STAMP"
  echo "Build done in $(( $(date +%s) - start )) s."
fi

# the launcher runs PostgreSQL in-process (unpacking its binaries needs > 64 MB heap) and starts the other JVMs
exec java -Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k \
  -Dstack.root="$ROOT" -Dstack.cds="$([[ "${STACK_CDS:-0}" == 1 ]] && echo true || echo false)" \
  -cp "deploy/stack/target/stack-1.0.0-SNAPSHOT.jar:$(cat deploy/stack/target/stack.classpath)" \
  de.dienstleistungspool.stack.StackLauncher ${ARGS[@]+"${ARGS[@]}"}
