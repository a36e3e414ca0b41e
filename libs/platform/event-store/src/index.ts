export * from './port/event-store.port';
export * from './sqlite/sqlite-event-store';
export * from './kurrentdb/kurrentdb-event-store';
export * from './command-handling/aggregate-store';
export * from './subscriptions/checkpointed-subscription';
export * from './select-event-store';
