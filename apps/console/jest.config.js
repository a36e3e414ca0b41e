module.exports = {
  displayName: 'console',
  preset: '../../jest.preset.js',
  testPathIgnorePatterns: ['/node_modules/', '/web/'],
};
