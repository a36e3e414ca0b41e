module.exports = { displayName: 'planning-service', preset: '../../jest.preset.js' };
