export * from './port/read-model-store.port';
export * from './embedded/embedded-read-model-store';
export * from './mongodb/mongo-read-model-store';
export * from './select-read-model-store';
export * from './all-docs';
