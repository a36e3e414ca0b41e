/** For tests and benchmarks only: the Kafka-protocol test broker. */
export * from './kafka/test-broker/test-broker';
