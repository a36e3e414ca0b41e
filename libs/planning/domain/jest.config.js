module.exports = { displayName: 'planning-domain', preset: '../../../jest.preset.js' };
