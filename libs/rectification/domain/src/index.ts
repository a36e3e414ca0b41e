export * from './deadlines/deadlines';
export * from './case/case.events';
export * from './case/case.commands';
export * from './case/case.decider';
export * from './rules';
