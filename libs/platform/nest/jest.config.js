module.exports = { displayName: 'platform-nest', preset: '../../../jest.preset.js' };
