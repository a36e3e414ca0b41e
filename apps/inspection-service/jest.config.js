module.exports = { displayName: 'inspection-service', preset: '../../jest.preset.js' };
