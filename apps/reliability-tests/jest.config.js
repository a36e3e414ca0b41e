module.exports = {
  displayName: 'reliability-tests',
  preset: '../../jest.preset.js',
};
