// Root config: one Jest run over every project, so `npm test` prints one summary.
const { readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');

function projectsUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return existsSync(join(path, 'jest.config.js')) ? [path] : projectsUnder(path);
    });
}

module.exports = {
  projects: [
    ...projectsUnder(join(__dirname, 'apps')),
    ...projectsUnder(join(__dirname, 'libs')),
    join(__dirname, 'tools'),
  ],
  reporters: ['default', '<rootDir>/tools/jest/summary-reporter.js'],
  // The real Kafka broker (and the MongoDB wire-protocol server) the suites share.
  globalSetup: '<rootDir>/tools/jest/global-setup.ts',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
  // Process-level tests start services and child writers; per-project values are ignored.
  testTimeout: 60000,
};
