module.exports = { displayName: 'platform-bus', preset: '../../../jest.preset.js' };
