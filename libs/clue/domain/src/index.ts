export * from './clue/clue.events';
export * from './clue/clue.commands';
export * from './clue/clue.decider';
export * from './clue/clue-audit.decider';
export * from './clue/clue-access';
export * from './rules';
