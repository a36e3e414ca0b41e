module.exports = { displayName: 'clue-service', preset: '../../jest.preset.js' };
