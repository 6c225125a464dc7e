#!/usr/bin/env bash
# Lists or replays a consumer's dead-letter topic <service>.<topic>.dlq (docs/OPERATIONS.md, "Dead-letter topics").
#   deploy/dead-letters.sh list   notification-service.booking-events.dlq
#   deploy/dead-letters.sh replay notification-service.booking-events.dlq [--bootstrap-servers HOST:PORT] [--config FILE]
# The broker defaults to the local stack's (localhost:59092, signed in as its administrator with
# .stack/kafka/admin.properties); --config names a Kafka client properties file for another broker (security.protocol,
# sasl.*, ssl.*).
set -euo pipefail
if [[ $# -lt 2 || ( $1 != list && $1 != replay ) ]]; then
  sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
command=$1 topic=$2
shift 2
args=("$command" --topic "$topic")
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ " $* " != *" --bootstrap-servers "* ]]; then
  args+=(--bootstrap-servers localhost:59092)
  [[ " $* " == *" --config "* ]] || args+=(--config "$PWD/.stack/kafka/admin.properties")
fi
args+=("$@")
exec ./mvnw -q -B -pl deploy/platform-commons compile exec:java \
  -Dexec.mainClass=de.dienstleistungspool.platform.messaging.DeadLetterReplay -Dexec.args="${args[*]}"
