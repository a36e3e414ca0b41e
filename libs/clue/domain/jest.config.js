module.exports = { displayName: 'clue-domain', preset: '../../../jest.preset.js' };
