#!/usr/bin/env bash
# Lists or replays a consumer's dead-letter topic <service>.<topic>.dlq (docs/OPERATIONS.md, "Dead-letter topics").
#   deploy/dead-letters.sh list   notification-service.booking-events.dlq
#   deploy/dead-letters.sh replay notification-service.booking-events.dlq [--bootstrap-servers HOST:PORT] [--config FILE]
# The broker defaults to the local stack's (localhost:59092); --config names a Kafka client properties file for a
# secured broker (security.protocol, sasl.*, ssl.*).
set -euo pipefail
if [[ $# -lt 2 || ( $1 != list && $1 != replay ) ]]; then
  sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
command=$1 topic=$2
shift 2
args=("$command" --topic "$topic")
[[ " $* " == *" --bootstrap-servers "* ]] || args+=(--bootstrap-servers localhost:59092)
args+=("$@")
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec ./mvnw -q -B -pl deploy/platform-commons compile exec:java \
  -Dexec.mainClass=de.dienstleistungspool.platform.messaging.DeadLetterReplay -Dexec.args="${args[*]}"
