module.exports = {
  displayName: 'platform-crypto',
  preset: '../../../jest.preset.js',
};
