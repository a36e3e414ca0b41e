export * from './catalog/focus-catalog';
export * from './inspection/inspection.events';
export * from './inspection/inspection.commands';
export * from './inspection/inspection.decider';
export * from './inspection/talk-coverage';
export * from './inspection/inspection-access';
export * from './inspection/dates';
export { omit } from './inspection/omit';
