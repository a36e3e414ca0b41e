module.exports = {
  displayName: 'system-tests',
  preset: '../../jest.preset.js',
};
