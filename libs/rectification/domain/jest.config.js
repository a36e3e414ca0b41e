module.exports = { displayName: 'rectification-domain', preset: '../../../jest.preset.js' };
