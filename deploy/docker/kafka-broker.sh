#!/usr/bin/env bash
# Starts the apache/kafka image's broker with SASL (docs/SECURITY.md, "Events"): writes the broker's JAAS file (the
# administrator, its one super user, signs in with PLAIN, also where the node talks to its own controller; the services
# with SCRAM-SHA-512, whose credentials kafka-init.sh stores in the cluster metadata) and the administrator's client
# settings for the health check, then runs the image's own start script. The JAAS file is written here because the
# image drops KAFKA_* variables whose value contains '='.
set -euo pipefail
umask 077
cat > /tmp/kafka_server_jaas.conf <<JAAS
KafkaServer {
  org.apache.kafka.common.security.plain.PlainLoginModule required
  username="admin"
  password="${BROKER_ADMIN_PASSWORD:?}"
  user_admin="${BROKER_ADMIN_PASSWORD:?}";
  org.apache.kafka.common.security.scram.ScramLoginModule required;
};
JAAS
printf '%s\n' security.protocol=SASL_PLAINTEXT sasl.mechanism=PLAIN \
  "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"${BROKER_ADMIN_PASSWORD}\";" \
  > /tmp/admin.properties
export KAFKA_OPTS="${KAFKA_OPTS:-} -Djava.security.auth.login.config=/tmp/kafka_server_jaas.conf"
exec /etc/kafka/docker/run
