#!/bin/sh
# Creates the xuncha Kafka topics and enforces their settings; run by the Job in
# deploy/k8s/kafka-topics-job.yaml with the apache/kafka image. Safe to run again:
# an existing topic is left as it is apart from its settings, which are set again.
#
#   KAFKA_BROKERS                   bootstrap list, host:port[,host:port]
#   XUNCHA_TOPICS                   comma-separated topic names
#   XUNCHA_TOPIC_PARTITIONS         partitions of a new topic (6)
#   XUNCHA_TOPIC_REPLICATION_FACTOR replicas of each partition (3)
#   KAFKA_SSL                       true: TLS to the brokers
#   KAFKA_SSL_CA_FILE               PEM CA the brokers' certificates are checked
#                                   against (default: NODE_EXTRA_CA_CERTS, else the
#                                   JVM's trust store)
#   KAFKA_SASL_MECHANISM            scram-sha-256 or scram-sha-512, with
#   KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD  the Job's own Kafka user
#
# The same variables as the services (libs/platform/nest/src/config/service-config.ts);
# they become a client properties file under /tmp passed as --command-config.
#
# Every topic keeps its messages forever (projections rebuild from offset 0),
# acknowledged writes need 2 in-sync replicas. A topic that exists with fewer
# partitions than wanted is reported and the Job fails: adding partitions moves
# keys to other partitions, which breaks per-aggregate order (deploy/README.md).
set -eu

: "${KAFKA_BROKERS:?KAFKA_BROKERS is not set}"
: "${XUNCHA_TOPICS:?XUNCHA_TOPICS is not set}"
PARTITIONS="${XUNCHA_TOPIC_PARTITIONS:-6}"
REPLICATION="${XUNCHA_TOPIC_REPLICATION_FACTOR:-3}"
BIN="${KAFKA_BIN:-/opt/kafka/bin}"
SETTINGS="retention.ms=-1,cleanup.policy=delete,min.insync.replicas=2"

# Client settings for TLS and SASL/SCRAM, in a file readable by this user only.
CLIENT_CONFIG="${TMPDIR:-/tmp}/xuncha-kafka-client.properties"
umask 077
: >"$CLIENT_CONFIG"
SSL="${KAFKA_SSL:-false}"
MECHANISM="$(printf '%s' "${KAFKA_SASL_MECHANISM:-}" | tr '[:lower:]' '[:upper:]')"
case "$SSL:$MECHANISM" in
  true:) PROTOCOL=SSL ;;
  true:*) PROTOCOL=SASL_SSL ;;
  false:) PROTOCOL=PLAINTEXT ;;
  false:*) PROTOCOL=SASL_PLAINTEXT ;;
  *) echo "create-topics: KAFKA_SSL must be true or false" >&2; exit 2 ;;
esac
echo "security.protocol=$PROTOCOL" >>"$CLIENT_CONFIG"
if [ -n "$MECHANISM" ]; then
  : "${KAFKA_SASL_USERNAME:?KAFKA_SASL_USERNAME is required with KAFKA_SASL_MECHANISM}"
  : "${KAFKA_SASL_PASSWORD:?KAFKA_SASL_PASSWORD is required with KAFKA_SASL_MECHANISM}"
  quote() { printf '%s' "$1" | sed 's/[\\"]/\\&/g'; }
  {
    echo "sasl.mechanism=$MECHANISM"
    printf 'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="%s" password="%s";\n' \
      "$(quote "$KAFKA_SASL_USERNAME")" "$(quote "$KAFKA_SASL_PASSWORD")"
  } >>"$CLIENT_CONFIG"
fi
CA_FILE="${KAFKA_SSL_CA_FILE:-${NODE_EXTRA_CA_CERTS:-}}"
if [ "$SSL" = true ] && [ -n "$CA_FILE" ]; then
  printf 'ssl.truststore.type=PEM\nssl.truststore.location=%s\n' "$CA_FILE" >>"$CLIENT_CONFIG"
fi

attempt=0
until "$BIN/kafka-topics.sh" --bootstrap-server "$KAFKA_BROKERS" --command-config "$CLIENT_CONFIG" --list >/dev/null 2>&1; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 60 ]; then
    echo "create-topics: Kafka at $KAFKA_BROKERS did not answer for 5 minutes" >&2
    exit 1
  fi
  echo "create-topics: waiting for Kafka at $KAFKA_BROKERS"
  sleep 5
done

status=0
for topic in $(echo "$XUNCHA_TOPICS" | tr ',' ' '); do
  "$BIN/kafka-topics.sh" --bootstrap-server "$KAFKA_BROKERS" --command-config "$CLIENT_CONFIG" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION" \
    --config retention.ms=-1 --config cleanup.policy=delete --config min.insync.replicas=2
  "$BIN/kafka-configs.sh" --bootstrap-server "$KAFKA_BROKERS" --command-config "$CLIENT_CONFIG" --alter \
    --entity-type topics --entity-name "$topic" --add-config "$SETTINGS"
  found=$("$BIN/kafka-topics.sh" --bootstrap-server "$KAFKA_BROKERS" --command-config "$CLIENT_CONFIG" --describe --topic "$topic" |
    sed -n 's/.*PartitionCount: *\([0-9][0-9]*\).*/\1/p' | head -n 1)
  if [ -z "$found" ]; then
    echo "create-topics: ERROR: cannot read the partition count of $topic" >&2
    status=1
  elif [ "$found" -lt "$PARTITIONS" ]; then
    echo "create-topics: ERROR: $topic has $found partitions, $PARTITIONS wanted" \
      "(see 'Topics and partitions' in deploy/README.md)" >&2
    status=1
  else
    echo "create-topics: $topic: $found partitions, $SETTINGS"
  fi
done
exit "$status"
