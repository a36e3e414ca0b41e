export * from './port/bus.port';
export * from './cloudevents/cloudevents';
export * from './embedded/embedded-bus';
export * from './kafka/kafka-bus';
export * from './publisher/integration-publisher';
export * from './consumer/message-dispatcher';
export * from './consumer/bus-transport';
export * from './select-bus';
