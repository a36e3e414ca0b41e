/** For the service-tier tests only. */
export * from './testing/service-harness';
export * from './testing/system';
export * from './testing/system-client';
export * from './testing/openapi-answers';
