#!/usr/bin/env bash
# The broker's topics, one SCRAM-SHA-512 login per service and its ACLs (docs/SECURITY.md, "Events"): the table of
# platform-commons KafkaRights, which ProductionManifestsTest compares with what this script does. Each service may
# write the topics it owns, read the topics it consumes in its own consumer group (its name), and write and create its
# own dead-letter topics <service>.<topic>.dlq; the broker denies everything else.
# Docker Compose runs it in the one-shot kafka-init container at every start (a second run changes nothing). For
# another broker run it with BOOTSTRAP_SERVERS, KAFKA_BIN (the Kafka distribution's bin/) and the passwords set.
set -euo pipefail

bin=${KAFKA_BIN:-/opt/kafka/bin}
bootstrap=${BOOTSTRAP_SERVERS:-kafka:9092}
admin_config=$(mktemp)
trap 'rm -f "$admin_config"' EXIT
# the broker's administrator (its one super user, SASL PLAIN) makes the topics, logins and ACLs
printf '%s\n' security.protocol=SASL_PLAINTEXT sasl.mechanism=PLAIN \
  "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"${BROKER_ADMIN_PASSWORD:?}\";" \
  > "$admin_config"

kafka() {
  local tool=$1
  shift
  "$bin/$tool" --bootstrap-server "$bootstrap" --command-config "$admin_config" "$@"
}

allow() {
  local service=$1
  shift
  kafka kafka-acls.sh --add --allow-principal "User:$service" "$@"
}

rights() {
  local service=$1 password=$2 writes=$3 reads=$4 topic
  kafka kafka-configs.sh --alter --entity-type users --entity-name "$service" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
  for topic in $writes; do allow "$service" --operation Write --topic "$topic"; done
  for topic in $reads; do allow "$service" --operation Read --topic "$topic"; done
  allow "$service" --operation Read --group "$service"
  allow "$service" --operation Write --operation Create --operation Describe --topic "$service." \
    --resource-pattern-type prefixed
}

for topic in member-events pool-events booking-events settlement-events demand-events; do
  kafka kafka-topics.sh --create --if-not-exists --topic "$topic" --partitions 3 --replication-factor 1
done

#      service              password                         writes                             reads
rights municipality-service "${MUNICIPALITY_KAFKA_PASSWORD:?}" "member-events settlement-events" "booking-events"
rights pool-service         "${POOL_KAFKA_PASSWORD:?}"         "pool-events"                     "booking-events member-events demand-events"
rights booking-service      "${BOOKING_KAFKA_PASSWORD:?}"      "booking-events demand-events"    "pool-events member-events"
rights notification-service "${NOTIFICATION_KAFKA_PASSWORD:?}" ""                                "booking-events member-events pool-events settlement-events"
