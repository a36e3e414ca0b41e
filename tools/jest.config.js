// The tools' own unit tests (the importer's and the demo's modules, their HTTP client).
module.exports = {
  displayName: 'tools',
  preset: '../jest.preset.js',
  testMatch: ['<rootDir>/**/*.unit.test.ts'],
};
