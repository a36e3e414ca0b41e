export * from './events/envelope';
export * from './events/upcasting';
export * from './decider/decider';
export * from './errors/domain-errors';
export * from './errors/rule-catalogue';
export * from './jurisdiction/jurisdiction';
export * from './testing/given-when-then';
export * from './testing/counter.fixture';
