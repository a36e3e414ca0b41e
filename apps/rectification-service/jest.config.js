module.exports = { displayName: 'rectification-service', preset: '../../jest.preset.js' };
