#!/bin/sh
# Creates the xuncha Kafka topics and enforces their settings; run by the Job in
# deploy/k8s/kafka-topics-job.yaml with the apache/kafka image. Safe to run again:
# an existing topic is left as it is apart from its settings, which are set again.
#
#   KAFKA_BROKERS                   bootstrap list, host:port[,host:port]
#   XUNCHA_TOPICS                   comma-separated topic names
#   XUNCHA_TOPIC_PARTITIONS         partitions of a new topic (6)
#   XUNCHA_TOPIC_REPLICATION_FACTOR replicas of each partition (3)
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

attempt=0
until "$BIN/kafka-topics.sh" --bootstrap-server "$KAFKA_BROKERS" --list >/dev/null 2>&1; do
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
  "$BIN/kafka-topics.sh" --bootstrap-server "$KAFKA_BROKERS" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION" \
    --config retention.ms=-1 --config cleanup.policy=delete --config min.insync.replicas=2
  "$BIN/kafka-configs.sh" --bootstrap-server "$KAFKA_BROKERS" --alter \
    --entity-type topics --entity-name "$topic" --add-config "$SETTINGS"
  found=$("$BIN/kafka-topics.sh" --bootstrap-server "$KAFKA_BROKERS" --describe --topic "$topic" |
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
