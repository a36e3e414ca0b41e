export * from './runtime/projection';
export * from './runtime/projection-runner';
