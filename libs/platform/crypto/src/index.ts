export * from './sealing/seal';
export * from './key-store/key-store.port';
export * from './key-store/file-key-store';
export * from './personal-data/personal-data-event-store';
export * from './recipient/recipient-seal';
