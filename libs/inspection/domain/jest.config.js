module.exports = { displayName: 'inspection-domain', preset: '../../../jest.preset.js' };
